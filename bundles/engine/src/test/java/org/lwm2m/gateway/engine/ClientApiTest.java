package org.lwm2m.gateway.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lwm2m.gateway.engine.RdLeshanServer.await;

import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import org.eclipse.leshan.core.request.ExecuteRequest;
import org.eclipse.leshan.core.response.ExecuteResponse;
import org.eclipse.leshan.server.registration.Registration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.client.ClientEvent;
import org.lwm2m.gateway.api.client.ExecuteCallback;
import org.lwm2m.gateway.codec.link.LinkFormatCodec;
import org.lwm2m.gateway.codec.text.TextCodec;

/** What applications see of a client: its events, whiteboard listeners, claimed executes. */
class ClientApiTest {

    private EngineExecutors executors;
    private RdLeshanServer leshan;
    private ClientComponent client;
    private final RdEvents own = new RdEvents();
    private final RdEvents whiteboard = new RdEvents();
    private final BlockingQueue<String> deviceReboots = new LinkedBlockingQueue<>();

    @BeforeEach
    void setUp() {
        executors = new EngineExecutors(2);
        executors.activate();
        leshan = new RdLeshanServer();
        client = new ClientComponent(executors.scheduler(), "rd-api", RegistrationTest.FAST,
                new ClientEndpointFactory(executors.scheduler()), RequestDispatcher::new);
        client.bindNodeCodec(new TextCodec());
        client.bindLinkCodec(new LinkFormatCodec());
        client.bindListener((c, e) -> {
            throw new IllegalStateException("a broken listener must not keep events from the others");
        });
        client.bindListener(whiteboard);
        client.addListener(own);
        client.bindProvider(RdProvider.noSec(leshan.coapUri().toString(), 1), Map.of());
        client.bindProvider(RdProvider.server(1, 300), Map.of());
        RdProvider device = RdProvider.device();
        device.get(0).onExecute(4, arguments -> deviceReboots.add("device handler"));
        client.bindProvider(device, Map.of());
    }

    @AfterEach
    void tearDown() {
        client.deactivate();
        leshan.close();
        executors.deactivate();
    }

    @Test
    void ownAndWhiteboardListenersHearEveryEventWithTheClient() throws Exception {
        client.activate();
        RdEvents.Received received = whiteboard.next();
        assertEquals(ClientEvent.REGISTRATION_COMPLETE, received.event());
        assertSame(client, received.client());
        assertEquals(ClientEvent.REGISTRATION_COMPLETE, own.next().event());

        client.removeListener(own);
        client.triggerUpdate();
        assertEquals(List.of(ClientEvent.REG_UPDATE), whiteboard.await(ClientEvent.REG_UPDATE_COMPLETE));
        assertEquals(List.of(ClientEvent.REGISTRATION_COMPLETE), own.all());
    }

    @Test
    void claimedExecuteRunsTheApplicationCallbackUntilItIsClosed() throws Exception {
        client.activate();
        Registration reg = await(leshan.registered, "registration");
        BlockingQueue<String> claimed = new LinkedBlockingQueue<>();
        ExecuteCallback callback = (path, arguments) -> claimed.add(path + " " + arguments);

        AutoCloseable claim = client.onExecute("3/0/4", callback);
        assertSame(callback, client.requestContext().executeCallback(LwM2mPath.of(3, 0, 4)));
        ExecuteResponse response = leshan.server.send(reg, new ExecuteRequest("/3/0/4", "0='now'"), 5000);
        assertTrue(response.isSuccess(), response::toString);
        assertEquals("/3/0/4 0='now'", await(claimed, "claimed execute"));
        assertTrue(deviceReboots.isEmpty());

        claim.close();
        assertNull(client.requestContext().executeCallback(LwM2mPath.of(3, 0, 4)));
        response = leshan.server.send(reg, new ExecuteRequest(3, 0, 4), 5000);
        assertTrue(response.isSuccess(), response::toString);
        assertEquals("device handler", await(deviceReboots, "device execute"));
    }

    @Test
    void laterClaimWinsAndClosingTheEarlierOneKeepsIt() throws Exception {
        ExecuteCallback first = (path, arguments) -> { };
        ExecuteCallback second = (path, arguments) -> { };

        AutoCloseable firstClaim = client.onExecute("/3/0/4", first);
        client.onExecute("3/0/4", second);
        firstClaim.close();

        assertSame(second, client.requestContext().executeCallback(LwM2mPath.of(3, 0, 4)));
        assertThrows(IllegalArgumentException.class, () -> client.onExecute("3/0", second));
        assertThrows(IllegalArgumentException.class, () -> client.onExecute("x", second));
    }
}
