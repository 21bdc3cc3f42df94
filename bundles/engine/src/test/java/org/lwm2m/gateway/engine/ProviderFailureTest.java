package org.lwm2m.gateway.engine;

import static org.eclipse.californium.core.coap.CoAP.ResponseCode.CHANGED;
import static org.eclipse.californium.core.coap.CoAP.ResponseCode.CONTENT;
import static org.eclipse.californium.core.coap.CoAP.ResponseCode.INTERNAL_SERVER_ERROR;
import static org.eclipse.californium.core.coap.CoAP.ResponseCode.SERVICE_UNAVAILABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.eclipse.californium.core.CoapResponse;
import org.eclipse.californium.core.coap.CoAP;
import org.eclipse.leshan.core.link.Link;
import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.ResponseCode;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.node.ResourceNode;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.api.object.ObjectListener;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.lwm2m.gateway.api.object.Requester;
import org.lwm2m.gateway.api.object.WriteMode;
import org.lwm2m.gateway.codec.link.LinkFormatCodec;
import org.lwm2m.gateway.codec.text.TextCodec;
import org.lwm2m.gateway.codec.tlv.TlvCodec;

/** Providers that fail, misbehave or never answer still get the server a response, and never a stack trace. */
class ProviderFailureTest {

    /** An operation timeout that only a provider that never answers reaches. */
    private static final Duration UNREACHED_TIMEOUT = Duration.ofSeconds(30);

    /**
     * Location (6) instance 0, whose resources misbehave: 0 reads fine, 1 throws, 2 never completes, 3 returns a
     * value of the wrong type, 5 fails with 5.03, 6 returns no stage at all.
     */
    private static final class BrokenLocation implements ObjectProvider {

        private final ObjectModel model = TestObjects.LOCATION;

        @Override
        public ObjectModel model() {
            return model;
        }

        @Override
        public SortedSet<Integer> instanceIds() {
            return new TreeSet<>(List.of(0));
        }

        @Override
        public SortedSet<Integer> resourceIds(int instanceId) {
            return new TreeSet<>(List.of(0, 1, 2, 3, 5, 6));
        }

        @Override
        public CompletionStage<ResourceNode> read(Requester requester, int instanceId, int resourceId) {
            return switch (resourceId) {
                case 0 -> CompletableFuture.completedFuture(new SingleResource(0, Value.of(1.5)));
                case 1 -> throw new IllegalStateException("sensor driver crashed with secret 42");
                case 2 -> new CompletableFuture<>();
                case 3 -> CompletableFuture.completedFuture(new SingleResource(3, Value.of("not a float")));
                case 5 -> CompletableFuture.failedFuture(
                        new LwM2mException(ResponseCode.SERVICE_UNAVAILABLE, "GPS warming up"));
                default -> null;
            };
        }

        @Override
        public CompletionStage<Void> write(Requester requester, int instanceId, List<ResourceNode> resources,
                WriteMode mode) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletionStage<Void> execute(Requester requester, int instanceId, int resourceId,
                String arguments) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletionStage<Integer> create(Requester requester, Integer instanceId,
                List<ResourceNode> resources) {
            return CompletableFuture.completedFuture(-7);
        }

        @Override
        public CompletionStage<Void> delete(Requester requester, int instanceId) {
            return CompletableFuture.failedFuture(new RuntimeException("disk full"));
        }

        @Override
        public void addListener(ObjectListener listener) {
        }

        @Override
        public void removeListener(ObjectListener listener) {
        }
    }

    private static CoapPeer peer(Duration timeout) {
        TestContext context = new TestContext().add(new BrokenLocation()).codecs(new TextCodec(), new TlvCodec());
        return new CoapPeer(context, timeout);
    }

    private static void assertInternalError(CoapResponse r) {
        DispatcherTestBase.assertCode(INTERNAL_SERVER_ERROR, r);
        assertFalse(r.getResponseText().contains("secret"), r.getResponseText());
        assertFalse(r.getResponseText().contains("Exception"), r.getResponseText());
    }

    /** Reads {@code path} of the broken object, with this operation timeout, and asserts the error it answers. */
    private static void assertReadFails(Duration timeout, String path, CoAP.ResponseCode code, String diagnostic) {
        try (CoapPeer peer = peer(timeout)) {
            CoapResponse r = DispatcherTestBase.assertCode(code, peer.get(path));
            assertEquals(diagnostic, r.getResponseText());
        }
    }

    @Test
    void providerBugsAnswer500() {
        try (CoapPeer peer = peer(UNREACHED_TIMEOUT)) {
            DispatcherTestBase.assertCode(CONTENT, peer.get("/6/0/0"));
            assertInternalError(peer.get("/6/0/1"));
            assertInternalError(peer.get("/6/0/3"));
            assertInternalError(peer.get("/6/0/6"));
            assertInternalError(peer.post("/6", -1, null));
            assertInternalError(peer.delete("/6/0"));
        }
    }

    @Test
    void providerFailureAnswersWithItsCode() {
        assertReadFails(UNREACHED_TIMEOUT, "/6/0/5", SERVICE_UNAVAILABLE, "GPS warming up");
    }

    @Test
    void readOfAnInstanceFailsWithItsFirstBrokenResource() {
        try (CoapPeer peer = peer(UNREACHED_TIMEOUT)) {
            assertInternalError(peer.get("/6/0"));
        }
    }

    @Test
    void operationThatNeverCompletesTimesOut() {
        assertReadFails(Duration.ofMillis(300), "/6/0/2", SERVICE_UNAVAILABLE, "operation timed out");
    }

    @Test
    void discoverListsAMultipleResourceWithoutDimWhenItCannotBeRead() throws Exception {
        TestObjects objects = new TestObjects();
        TestContext context = objects.context().codecs(new TextCodec())
                .linkCodec(new LinkFormatCodec());
        objects.appData.get(0).bindAll(0, () -> {
            throw new IllegalStateException("storage offline");
        });
        try (CoapPeer peer = new CoapPeer(context)) {
            CoapResponse r = DispatcherTestBase.assertCode(CONTENT, peer.get("/19/0", 40));
            assertEquals(List.of("</19/0>", "</19/0/0>", "</19/0/3>"), Arrays
                    .stream(DispatcherTestBase.ORACLE.links(r.getPayload())).map(Link::toCoreLinkFormat).toList());
        }
    }

    @Test
    void requestsAfterShutdownAnswer503() {
        TestObjects objects = new TestObjects();
        try (CoapPeer peer = new CoapPeer(objects.context().codecs(new TextCodec()))) {
            DispatcherTestBase.assertCode(CHANGED, peer.put("/3/0/14", 0, "+02".getBytes()));
            peer.workers().shutdownNow();
            CoapResponse r = DispatcherTestBase.assertCode(SERVICE_UNAVAILABLE, peer.get("/3/0/14"));
            assertEquals("client is shutting down", r.getResponseText());
            assertEquals(new SingleResource(14, Value.of("+02")), objects.device.get(0).get(14));
        }
    }

    @Test
    void multipleResourceOfTheWrongShapeIsAnInternalError() {
        TestObjects objects = new TestObjects();
        objects.device.get(0).bind(7, () -> Value.of(3800L));
        try (CoapPeer peer = new CoapPeer(objects.context().codecs(new TextCodec(), new TlvCodec()))) {
            assertInternalError(peer.get("/3/0/7"));
            assertInternalError(peer.get("/3/0/7/0"));
        }
    }
}
