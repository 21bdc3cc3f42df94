package org.lwm2m.gateway.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

import org.eclipse.californium.core.coap.CoAP;
import org.eclipse.californium.core.coap.Request;
import org.eclipse.californium.core.coap.Response;
import org.eclipse.leshan.server.registration.Registration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lwm2m.gateway.api.client.ClientSettings.BlockTransfers;
import org.lwm2m.gateway.api.node.MultipleResource;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.codec.opaque.OpaqueCodec;

/**
 * Block-wise transfers (RFC 7959) between a Leshan server and the client, over real UDP: writes and reads far
 * larger than a datagram, several at once, small blocks, and a transfer beyond the largest size refused.
 */
class BlockwiseTest {

    private static final int OPAQUE = 42;

    @RegisterExtension
    final ClientBench bench = new ClientBench();

    /** Binary App Data Container (19): instances 0 and 1, each with one empty opaque value in resource 0. */
    private final TestProvider containers = new TestProvider(TestObjects.APP_DATA);

    private Registration registered(String endpoint, BlockTransfers transfers) throws InterruptedException {
        ClientComponent client = bench.client(endpoint, ClientBench.FAST,
                configuration -> ClientEndpointFactory.blockTransfers(configuration, transfers));
        client.bindNodeCodec(new OpaqueCodec());
        client.bindProvider(bench.noSecAccount(), Map.of());
        client.bindProvider(RdObjects.server(1, 300), Map.of());
        containers.add(0).setAll(0, List.of(Value.of(new byte[0])));
        containers.add(1).setAll(0, List.of(Value.of(new byte[0])));
        client.bindProvider(containers, Map.of());
        client.activate();
        return bench.leshan().registrations().next(r -> endpoint.equals(r.getEndpoint()));
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private Response put(Registration registration, String path, byte[] payload) throws InterruptedException {
        Request request = Request.newPut();
        request.getOptions().setUriPath(path);
        request.getOptions().setContentFormat(OPAQUE);
        request.setPayload(payload);
        return bench.leshan().sendRaw(registration, request);
    }

    private Response get(Registration registration, String path) throws InterruptedException {
        Request request = Request.newGet();
        request.getOptions().setUriPath(path);
        request.getOptions().setAccept(OPAQUE);
        return bench.leshan().sendRaw(registration, request);
    }

    private byte[] stored(int instance) {
        return ((Value.Opaque) ((MultipleResource) containers.get(instance).get(0)).instances().get(0)).value();
    }

    @Test
    void aLargeWriteArrivesWholeAndALargeReadGoesBackInBlocks() throws Exception {
        Registration registration = registered("bw-large", BlockTransfers.DEFAULT);
        byte[] firmware = random(300_000);

        assertEquals(CoAP.ResponseCode.CHANGED, put(registration, "19/0/0/0", firmware).getCode());
        assertArrayEquals(firmware, stored(0));
        Response read = get(registration, "19/0/0/0");
        assertEquals(CoAP.ResponseCode.CONTENT, read.getCode());
        assertArrayEquals(firmware, read.getPayload());
    }

    @Test
    void severalTransfersRunAtOnce() throws Exception {
        Registration registration = registered("bw-several", BlockTransfers.DEFAULT);
        byte[] first = random(120_000);
        byte[] second = random(150_000);

        CompletableFuture<Response> one = CompletableFuture.supplyAsync(() -> putUnchecked(registration, 0, first));
        CompletableFuture<Response> two = CompletableFuture.supplyAsync(() -> putUnchecked(registration, 1, second));

        assertEquals(CoAP.ResponseCode.CHANGED, one.get().getCode());
        assertEquals(CoAP.ResponseCode.CHANGED, two.get().getCode());
        assertArrayEquals(first, stored(0));
        assertArrayEquals(second, stored(1));
    }

    private Response putUnchecked(Registration registration, int instance, byte[] payload) {
        try {
            return put(registration, "19/" + instance + "/0/0", payload);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void smallBlocksCarryAPayloadToo() throws Exception {
        Registration registration = registered("bw-small", new BlockTransfers(64, 65_536));
        byte[] data = random(5_000);

        assertEquals(CoAP.ResponseCode.CHANGED, put(registration, "19/0/0/0", data).getCode());
        assertArrayEquals(data, stored(0));
        assertArrayEquals(data, get(registration, "19/0/0/0").getPayload());
    }

    @Test
    void aTransferBeyondTheLargestSizeIsRefusedAndChangesNothing() throws Exception {
        Registration registration = registered("bw-too-large", new BlockTransfers(1024, 10_000));

        assertEquals(CoAP.ResponseCode.REQUEST_ENTITY_TOO_LARGE,
                put(registration, "19/0/0/0", random(20_000)).getCode());
        assertArrayEquals(new byte[0], stored(0));
    }
}
