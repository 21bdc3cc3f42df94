package org.lwm2m.gateway.codec.opaque;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.codec.CodecException;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.node.LwM2mNode;

/**
 * Random payloads at random paths of the test object: an OPAQUE path takes any bytes unchanged, every other path is
 * refused with a CodecException, and nothing else is ever thrown.
 */
class OpaqueCodecFuzzTest {

    private static final ObjectModel ALL = ObjectModel.load(OpaqueCodecFuzzTest.class, "/ddf/33001.xml");

    private final OpaqueCodec codec = new OpaqueCodec();

    @Test
    void anyBytesAtAnOpaquePathAndACodecExceptionAnywhereElse() throws CodecException {
        Random random = new Random(93);
        int[] resources = {0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 15, 18, 20, 99, 300, 1000};
        int decoded = 0;
        int refused = 0;
        for (int i = 0; i < 5000; i++) {
            byte[] payload = new byte[random.nextInt(64)];
            random.nextBytes(payload);
            int resourceId = resources[random.nextInt(resources.length)];
            LwM2mPath path = switch (random.nextInt(4)) {
                case 0 -> LwM2mPath.of(ALL.id(), random.nextInt(3));
                case 1 -> LwM2mPath.of(ALL.id(), 0, resourceId, random.nextInt(5));
                default -> LwM2mPath.of(ALL.id(), 0, resourceId);
            };
            boolean opaque = codec.supports(path, ALL);
            try {
                LwM2mNode node = codec.decode(path, payload, ALL);
                assertEquals(true, opaque, "decoded at " + path);
                assertArrayEquals(payload, codec.encode(path, node, ALL));
                decoded++;
            } catch (CodecException e) {
                assertEquals(false, opaque, "refused at " + path + ": " + e.getMessage());
                refused++;
            } catch (RuntimeException e) {
                throw new AssertionError("decoding " + Arrays.toString(payload) + " at " + path + " threw " + e, e);
            }
        }
        assertTrue(decoded > 100 && refused > 2000, decoded + " decoded, " + refused + " refused");
    }
}
