package org.lwm2m.gateway.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.leshan.core.request.ExecuteRequest;
import org.eclipse.leshan.core.response.ExecuteResponse;
import org.eclipse.leshan.server.registration.Registration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.client.ClientEvent;
import org.lwm2m.gateway.api.client.ExecuteCallback;
import org.lwm2m.gateway.testing.Arrivals;
import org.lwm2m.gateway.testing.LeshanTestServer;

/** What applications see of a client: its events, whiteboard listeners, claimed executes. */
class ClientApiTest {

    @RegisterExtension
    final ClientBench bench = new ClientBench();

    private ClientComponent client;
    private RdEvents own;
    private final RdEvents whiteboard = new RdEvents();
    private final Arrivals<String> deviceReboots = new Arrivals<>("device execute");

    @BeforeEach
    void setUp() {
        client = bench.client("rd-api");
        own = bench.events(client);
        client.bindListener((c, server, e) -> {
            throw new IllegalStateException("a broken listener must not keep events from the others");
        });
        client.bindListener(whiteboard);
        client.bindProvider(bench.noSecAccount(), Map.of());
        client.bindProvider(RdObjects.server(1, 300), Map.of());
        TestProvider device = RdObjects.device();
        device.get(0).onExecute(4, arguments -> deviceReboots.add("device handler"));
        client.bindProvider(device, Map.of());
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
        LeshanTestServer leshan = bench.leshan();
        client.activate();
        Registration reg = leshan.registrations().next();
        Arrivals<String> claimed = new Arrivals<>("claimed execute");
        ExecuteCallback callback = (path, arguments) -> claimed.add(path + " " + arguments);

        AutoCloseable claim = client.onExecute("3/0/4", callback);
        assertSame(callback, client.requestContext().claims().callback(LwM2mPath.of(3, 0, 4)));
        ExecuteResponse response = leshan.send(reg, new ExecuteRequest("/3/0/4", "0='now'"));
        assertTrue(response.isSuccess(), response::toString);
        assertEquals("/3/0/4 0='now'", claimed.next());
        assertTrue(deviceReboots.isEmpty());

        claim.close();
        assertNull(client.requestContext().claims().callback(LwM2mPath.of(3, 0, 4)));
        response = leshan.send(reg, new ExecuteRequest(3, 0, 4));
        assertTrue(response.isSuccess(), response::toString);
        assertEquals("device handler", deviceReboots.next());
    }

    @Test
    void laterClaimWinsAndClosingTheEarlierOneKeepsIt() throws Exception {
        ExecuteCallback first = (path, arguments) -> { };
        ExecuteCallback second = (path, arguments) -> { };

        AutoCloseable firstClaim = client.onExecute("/3/0/4", first);
        client.onExecute("3/0/4", second);
        firstClaim.close();

        assertSame(second, client.requestContext().claims().callback(LwM2mPath.of(3, 0, 4)));
        assertThrows(IllegalArgumentException.class, () -> client.onExecute("3/0", second));
        assertThrows(IllegalArgumentException.class, () -> client.onExecute("x", second));
    }
}
