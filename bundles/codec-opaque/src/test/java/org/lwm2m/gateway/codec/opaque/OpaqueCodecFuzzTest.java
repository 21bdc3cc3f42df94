package org.lwm2m.gateway.codec.opaque;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.testing.AllTypes;
import org.lwm2m.gateway.testing.DecoderFuzz;
import org.lwm2m.gateway.testing.Garbage;

/**
 * Random payloads at random paths of the test object: an OPAQUE path takes any bytes unchanged, every other path is
 * refused with a CodecException, and nothing else is ever thrown.
 */
class OpaqueCodecFuzzTest {

    private static final ObjectModel ALL = AllTypes.model();

    private final OpaqueCodec codec = new OpaqueCodec();

    @Test
    void anyBytesAtAnOpaquePathAndACodecExceptionAnywhereElse() {
        Random random = new Random(93);
        Garbage garbage = new Garbage(random, 64, "");
        int[] resources = {0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 15, 18, 20, 99, 300, 1000};
        int decoded = 0;
        int refused = 0;
        for (int i = 0; i < 5000; i++) {
            byte[] payload = garbage.bytes();
            int resourceId = resources[random.nextInt(resources.length)];
            LwM2mPath path = switch (random.nextInt(4)) {
                case 0 -> LwM2mPath.of(ALL.id(), random.nextInt(3));
                case 1 -> LwM2mPath.of(ALL.id(), 0, resourceId, random.nextInt(5));
                default -> LwM2mPath.of(ALL.id(), 0, resourceId);
            };
            boolean accepted = new DecoderFuzz<>(path.toString(), p -> codec.decode(path, p, ALL),
                    node -> assertArrayEquals(payload, codec.encode(path, node, ALL))).accepts(payload);
            assertEquals(codec.supports(path, ALL), accepted, "decoded or refused at " + path);
            decoded += accepted ? 1 : 0;
            refused += accepted ? 0 : 1;
        }
        assertTrue(decoded > 100 && refused > 2000, decoded + " decoded, " + refused + " refused");
    }
}
