package org.lwm2m.gateway.codec.tlv;

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
import org.lwm2m.gateway.api.node.ResourceNode;
import org.lwm2m.gateway.testing.AllTypes;
import org.lwm2m.gateway.testing.DecoderFuzz;
import org.lwm2m.gateway.testing.Garbage;
import org.lwm2m.gateway.testing.RandomTrees;
import org.lwm2m.gateway.testing.RandomValues;
import org.lwm2m.gateway.testing.RoundTrips;

/** Garbage, truncated and mutated TLV: the decoder answers with a node or a CodecException, nothing else. */
class TlvCodecFuzzTest {

    private static final ObjectModel ALL = AllTypes.model();
    private static final LwM2mPath OBJECT = LwM2mPath.of(ALL.id());
    private static final int RUNS = 6000;
    private static final int MAX_LENGTH = 32;

    private final TlvCodec codec = new TlvCodec();
    private final List<LwM2mPath> paths = paths();

    private static List<LwM2mPath> paths() {
        List<LwM2mPath> paths = new ArrayList<>(List.of(OBJECT, OBJECT.append(0)));
        for (ResourceModel r : ALL.resources().values()) {
            paths.add(LwM2mPath.of(ALL.id(), 0, r.id()));
            if (r.multiple()) {
                paths.add(LwM2mPath.of(ALL.id(), 0, r.id(), 0));
            }
        }
        return paths;
    }

    private DecoderFuzz<LwM2mNode> fuzz(LwM2mPath path) {
        return new DecoderFuzz<>(path.toString(), payload -> codec.decode(path, payload, ALL),
                node -> RoundTrips.assertReadsBack(codec, path, node, ALL));
    }

    @Test
    void garbageGivesANodeOrACodecExceptionNeverAnythingElse() throws CodecException {
        Random random = new Random(81);
        Garbage garbage = new Garbage(random, MAX_LENGTH, "");
        RandomTrees trees = new RandomTrees(random, RandomValues.Range.FULL);
        int rejected = 0;
        for (int i = 0; i < RUNS; i++) {
            LwM2mPath path = paths.get(random.nextInt(paths.size()));
            byte[] payload = switch (i % 3) {
                case 0 -> garbage.bytes();
                case 1 -> randomTlvs(random);
                default -> garbage.mutated(codec.encode(OBJECT, trees.object(ALL), ALL));
            };
            rejected += fuzz(path).accepts(payload) ? 0 : 1;
        }
        assertTrue(rejected > RUNS / 2, "only " + rejected + " payloads rejected");
    }

    @Test
    void everyTruncationOfOneTlvIsRejected() throws CodecException {
        Random random = new Random(82);
        RandomTrees trees = new RandomTrees(random, RandomValues.Range.FULL);
        int checked = 0;
        while (checked < RUNS) {
            InstanceNode instance = trees.instance(ALL, random.nextInt(1000));
            byte[] object = codec.encode(OBJECT, ObjectNode.of(ALL.id(), List.of(instance)), ALL);
            checked += expectPrefixesRejected(OBJECT, object, random);
            checked += expectPrefixesRejected(OBJECT.append(instance.id()), object, random);
            for (ResourceNode resource : instance.resources().values()) {
                LwM2mPath path = LwM2mPath.of(ALL.id(), instance.id(), resource.id());
                checked += expectPrefixesRejected(path, codec.encode(path, resource, ALL), random);
            }
        }
    }

    /** Checks a few random strict prefixes (at least one byte, not all) of a payload that is one TLV. */
    private int expectPrefixesRejected(LwM2mPath path, byte[] oneTlv, Random random) {
        int checked = 0;
        for (int i = 0; i < 3 && oneTlv.length > 1; i++) {
            fuzz(path).assertRejected(Arrays.copyOf(oneTlv, 1 + random.nextInt(oneTlv.length - 1)));
            checked++;
        }
        return checked;
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
}
