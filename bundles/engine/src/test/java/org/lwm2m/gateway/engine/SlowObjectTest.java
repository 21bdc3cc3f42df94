package org.lwm2m.gateway.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.leshan.core.node.LwM2mSingleResource;
import org.eclipse.leshan.core.request.ContentFormat;
import org.eclipse.leshan.core.request.ReadRequest;
import org.eclipse.leshan.core.response.ReadResponse;
import org.eclipse.leshan.server.registration.Registration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lwm2m.gateway.api.client.ClientEvent;
import org.lwm2m.gateway.api.node.ResourceNode;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.api.object.Requester;
import org.lwm2m.gateway.testing.Arrivals;
import org.lwm2m.gateway.testing.LeshanTestServer;

/**
 * A slow object (a sensor on a slow bus) delays nothing else: while its read is pending, a read of another object
 * is answered and a registration update goes through, whether the object answers later (an asynchronous provider)
 * or holds the calling thread (a blocking one), even with one scheduler thread for all of Californium's work.
 */
class SlowObjectTest {

    @RegisterExtension
    final ClientBench bench = new ClientBench(1, 2);

    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    /** Location (6) whose latitude answers only once the test releases it, in one of two ways. */
    private TestProvider slowLocation(boolean blocking) {
        TestProvider location = new TestProvider(TestObjects.LOCATION) {
            @Override
            public CompletionStage<ResourceNode> read(Requester requester, int instanceId, int resourceId) {
                entered.countDown();
                ResourceNode latitude = new SingleResource(resourceId, Value.of(48.8584));
                if (!blocking) {
                    return CompletableFuture.runAsync(this::awaitRelease).thenApply(done -> latitude);
                }
                awaitRelease();
                return CompletableFuture.completedFuture(latitude);
            }

            private void awaitRelease() {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        location.add(0).set(0, Value.of(0.0)).set(1, Value.of(0.0)).set(5, Value.time(0));
        return location;
    }

    private void slowReadDelaysNothingElse(String endpoint, boolean blocking) throws Exception {
        LeshanTestServer leshan = bench.leshan();
        ClientComponent client = bench.client(endpoint);
        client.bindProvider(bench.noSecAccount(), Map.of());
        client.bindProvider(RdObjects.server(1, 300), Map.of());
        client.bindProvider(RdObjects.device(), Map.of());
        client.bindProvider(slowLocation(blocking), Map.of());
        client.activate();
        Registration reg = leshan.registrations().next();
        RdEvents events = bench.events(client);
        events.await(ClientEvent.REGISTRATION_COMPLETE);

        CompletableFuture<ReadResponse> slow = new CompletableFuture<>();
        leshan.server().send(reg, new ReadRequest(ContentFormat.TEXT, 6, 0, 0), Arrivals.TIMEOUT.toMillis(),
                slow::complete, slow::completeExceptionally);
        try {
            assertTrue(entered.await(Arrivals.TIMEOUT.toSeconds(), TimeUnit.SECONDS), "the slow read never began");

            ReadResponse read = leshan.send(reg, new ReadRequest(ContentFormat.TEXT, 3, 0, 0));
            assertEquals("lwm2m-gateway", ((LwM2mSingleResource) read.getContent()).getValue());
            client.triggerUpdate();
            assertEquals(reg.getId(), leshan.updates().next().update().getRegistrationId());
            assertEquals(List.of(ClientEvent.REG_UPDATE), events.await(ClientEvent.REG_UPDATE_COMPLETE));
            assertFalse(slow.isDone(), "the slow read answered before it was released");
        } finally {
            release.countDown();
        }
        ReadResponse answered = slow.get(Arrivals.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        assertEquals(48.8584, ((LwM2mSingleResource) answered.getContent()).getValue());
    }

    @Test
    void anObjectThatAnswersLaterDelaysNeitherAReadNorAnUpdate() throws Exception {
        slowReadDelaysNothingElse("rd-slow-async", false);
    }

    @Test
    void anObjectThatHoldsItsThreadDelaysNeitherAReadNorAnUpdate() throws Exception {
        slowReadDelaysNothingElse("rd-slow-blocking", true);
    }
}
