package org.lwm2m.gateway.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.leshan.core.node.LwM2mSingleResource;
import org.eclipse.leshan.core.request.ContentFormat;
import org.eclipse.leshan.core.request.ExecuteRequest;
import org.eclipse.leshan.core.request.ReadRequest;
import org.eclipse.leshan.core.response.ExecuteResponse;
import org.eclipse.leshan.core.response.ReadResponse;
import org.eclipse.leshan.server.registration.Registration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.ResponseCode;
import org.lwm2m.gateway.api.client.ClientEvent;
import org.lwm2m.gateway.testing.Arrivals;
import org.lwm2m.gateway.testing.LeshanTestServer;

/**
 * Application callbacks run on the engine's callback pool: one that blocks holds up neither the client's other
 * requests nor its registration, even with a single scheduler thread for all of Californium's work.
 */
class SlowCallbackTest {

    @RegisterExtension
    final ClientBench bench = new ClientBench(1, 2);

    @Test
    void blockedExecuteCallbackDelaysNeitherAReadNorAnUpdate() throws Exception {
        LeshanTestServer leshan = bench.leshan();
        ClientComponent client = bench.client("rd-slow-callback");
        client.bindProvider(bench.noSecAccount(), Map.of());
        client.bindProvider(RdObjects.server(1, 300), Map.of());
        client.bindProvider(RdObjects.device(), Map.of());
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        client.onExecute("3/0/4", (path, arguments) -> {
            entered.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LwM2mException(ResponseCode.SERVICE_UNAVAILABLE, "interrupted");
            }
        });
        client.activate();
        Registration reg = leshan.registrations().next();
        RdEvents events = bench.events(client);
        events.await(ClientEvent.REGISTRATION_COMPLETE);

        CompletableFuture<ExecuteResponse> execute = new CompletableFuture<>();
        leshan.server().send(reg, new ExecuteRequest(3, 0, 4), Arrivals.TIMEOUT.toMillis(), execute::complete,
                execute::completeExceptionally);
        try {
            assertTrue(entered.await(Arrivals.TIMEOUT.toSeconds(), TimeUnit.SECONDS), "the callback never ran");

            ReadResponse read = leshan.send(reg, new ReadRequest(ContentFormat.TEXT, 3, 0, 0));
            assertTrue(read.isSuccess(), read::toString);
            assertEquals("lwm2m-gateway", ((LwM2mSingleResource) read.getContent()).getValue());
            client.triggerUpdate();
            assertEquals(reg.getId(), leshan.updates().next().update().getRegistrationId());
            assertEquals(List.of(ClientEvent.REG_UPDATE), events.await(ClientEvent.REG_UPDATE_COMPLETE));
            assertFalse(execute.isDone(), "the execute answered while its callback was still blocked");
        } finally {
            release.countDown();
        }
        assertTrue(execute.get(Arrivals.TIMEOUT.toSeconds(), TimeUnit.SECONDS).isSuccess());
    }
}
