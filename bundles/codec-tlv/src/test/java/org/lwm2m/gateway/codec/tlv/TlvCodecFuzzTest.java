package org.lwm2m.gateway.codec.tlv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.codec.CodecException;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.model.ResourceModel;
import org.lwm2m.gateway.api.node.InstanceNode;
import org.lwm2m.gateway.api.node.LwM2mNode;
import org.lwm2m.gateway.api.node.ObjectNode;

/** Garbage, truncated and mutated TLV: the decoder answers with a node or a CodecException, nothing else. */
class TlvCodecFuzzTest {

    private static final ObjectModel ALL = TestModels.ours(TestModels.ALL_TYPES);
    private static final int RUNS = 6000;

    private final TlvCodec codec = new TlvCodec();
    private final List<LwM2mPath> paths = paths();

    private static List<LwM2mPath> paths() {
        List<LwM2mPath> paths = new ArrayList<>(List.of(LwM2mPath.of(ALL.id()), LwM2mPath.of(ALL.id(), 0)));
        for (ResourceModel r : ALL.resources().values()) {
            paths.add(LwM2mPath.of(ALL.id(), 0, r.id()));
            if (r.multiple()) {
                paths.add(LwM2mPath.of(ALL.id(), 0, r.id(), 0));
            }
        }
        return paths;
    }

    @Test
    void garbageGivesANodeOrACodecExceptionNeverAnythingElse() throws CodecException {
        Random random = new Random(81);
        RandomTrees trees = new RandomTrees(random, false);
        int rejected = 0;
        for (int i = 0; i < RUNS; i++) {
            LwM2mPath path = paths.get(random.nextInt(paths.size()));
            byte[] payload = switch (i % 3) {
                case 0 -> randomBytes(random);
                case 1 -> randomTlvs(random);
                default -> mutated(random, codec.encode(LwM2mPath.of(ALL.id()), trees.object(ALL), ALL));
            };
            rejected += decodeOrReject(path, payload) ? 0 : 1;
        }
        assertTrue(rejected > RUNS / 2, "only " + rejected + " payloads rejected");
    }

    @Test
    void everyTruncationOfOneTlvIsRejected() throws CodecException {
        Random random = new Random(82);
        RandomTrees trees = new RandomTrees(random, false);
        int checked = 0;
        while (checked < RUNS) {
            InstanceNode instance = trees.instance(ALL, random.nextInt(1000));
            byte[] object = codec.encode(LwM2mPath.of(ALL.id()), ObjectNode.of(ALL.id(), List.of(instance)), ALL);
            checked += expectEveryPrefixRejected(LwM2mPath.of(ALL.id()), object, random);
            checked += expectEveryPrefixRejected(LwM2mPath.of(ALL.id(), instance.id()), object, random);
            for (var resource : instance.resources().values()) {
                LwM2mPath path = LwM2mPath.of(ALL.id(), instance.id(), resource.id());
                checked += expectEveryPrefixRejected(path, codec.encode(path, resource, ALL), random);
            }
        }
    }

    /** Checks a few random strict prefixes (at least one byte, not all) of a payload that is one TLV. */
    private int expectEveryPrefixRejected(LwM2mPath path, byte[] oneTlv, Random random) {
        int checked = 0;
        for (int i = 0; i < 3 && oneTlv.length > 1; i++) {
            byte[] prefix = Arrays.copyOf(oneTlv, 1 + random.nextInt(oneTlv.length - 1));
            try {
                LwM2mNode node = codec.decode(path, prefix, ALL);
                throw new AssertionError("accepted a truncated TLV at " + path + ": " + node);
            } catch (CodecException expected) {
                assertTrue(!expected.getMessage().isBlank());
            }
            checked++;
        }
        return checked;
    }

    private boolean decodeOrReject(LwM2mPath path, byte[] payload) {
        LwM2mNode node;
        try {
            node = codec.decode(path, payload, ALL);
        } catch (CodecException e) {
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
            return false;
        } catch (RuntimeException e) {
            throw new AssertionError("decoding " + Arrays.toString(payload) + " at " + path + " threw " + e, e);
        }
        try {
            assertEquals(node, codec.decode(path, codec.encode(path, node, ALL), ALL));
        } catch (CodecException e) {
            throw new AssertionError("accepted " + Arrays.toString(payload) + " at " + path
                    + " but cannot write it back", e);
        }
        return true;
    }

    private static byte[] randomBytes(Random random) {
        byte[] b = new byte[random.nextInt(32)];
        random.nextBytes(b);
        return b;
    }

    /** Well-formed TLV headers with random kinds, ids of the test object and random values: near misses. */
    private static byte[] randomTlvs(Random random) {
        int[] ids = {0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 13, 14, 16, 17, 300, 1000, 20, 99};
        TlvWriter out = new TlvWriter();
        int count = 1 + random.nextInt(3);
        try {
            for (int i = 0; i < count; i++) {
                byte[] value = new byte[random.nextInt(4) == 0 ? random.nextInt(3) : 1 << random.nextInt(4)];
                random.nextBytes(value);
                if (random.nextBoolean()) {
                    TlvWriter inner = new TlvWriter();
                    inner.write(TlvKind.values()[random.nextInt(4)], ids[random.nextInt(ids.length)], value);
                    value = inner.toByteArray();
                }
                out.write(TlvKind.values()[random.nextInt(4)], ids[random.nextInt(ids.length)], value);
            }
        } catch (CodecException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }

    private static byte[] mutated(Random random, byte[] valid) {
        if (valid.length == 0) {
            return randomBytes(random);
        }
        return switch (random.nextInt(4)) {
            case 0 -> Arrays.copyOf(valid, random.nextInt(valid.length));
            case 1 -> {
                byte[] changed = valid.clone();
                changed[random.nextInt(changed.length)] = (byte) random.nextInt(256);
                yield changed;
            }
            case 2 -> {
                byte[] changed = valid.clone();
                int at = random.nextInt(changed.length);
                changed[at] = (byte) (changed[at] ^ (1 << random.nextInt(8)));
                yield changed;
            }
            default -> {
                byte[] longer = Arrays.copyOf(valid, valid.length + 1 + random.nextInt(3));
                longer[valid.length] = (byte) random.nextInt(256);
                yield longer;
            }
        };
    }
}
