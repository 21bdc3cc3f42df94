package org.lwm2m.gateway.codec.senml;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.codec.CodecException;
import org.lwm2m.gateway.api.codec.NodeCodec;
import org.lwm2m.gateway.api.codec.senml.SenmlPack;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.model.ResourceModel;
import org.lwm2m.gateway.api.node.LwM2mNode;
import org.lwm2m.gateway.testing.AllTypes;
import org.lwm2m.gateway.testing.DecoderFuzz;
import org.lwm2m.gateway.testing.Garbage;
import org.lwm2m.gateway.testing.RandomTrees;
import org.lwm2m.gateway.testing.RandomValues;
import org.lwm2m.gateway.testing.RoundTrips;

/** Garbage, near misses and mutated packs: each SenML decoder answers with a node or a CodecException, nothing else. */
class SenmlCodecFuzzTest {

    private static final ObjectModel ALL = AllTypes.model();
    private static final LwM2mPath OBJECT = LwM2mPath.of(ALL.id());
    private static final int RUNS = 6000;
    /** What SenML JSON is made of, for near misses; CBOR gets mutations of real packs instead. */
    private static final String JSON_ALPHABET = "[]{}\":,.-+eE0123456789/ bnvsdlotru_\\";

    private final List<LwM2mPath> paths = paths();

    static List<NodeCodec> codecs() {
        return SenmlCodecLeshanTest.codecs();
    }

    private static List<LwM2mPath> paths() {
        List<LwM2mPath> paths = new ArrayList<>(List.of(OBJECT, OBJECT.append(0)));
        for (ResourceModel r : ALL.resources().values()) {
            if (SenmlPack.supports(LwM2mPath.of(ALL.id(), 0, r.id()), ALL)) {
                paths.add(LwM2mPath.of(ALL.id(), 0, r.id()));
            }
            if (r.multiple()) {
                paths.add(LwM2mPath.of(ALL.id(), 0, r.id(), 0));
            }
        }
        return paths;
    }

    @ParameterizedTest
    @MethodSource("codecs")
    void garbageGivesANodeOrACodecExceptionNeverAnythingElse(NodeCodec codec) throws CodecException {
        Random random = new Random(181);
        boolean text = codec instanceof SenmlJsonCodec;
        Garbage garbage = new Garbage(random, 64, text ? JSON_ALPHABET : "");
        RandomTrees trees = new RandomTrees(random, RandomValues.Range.FULL);
        int rejected = 0;
        for (int i = 0; i < RUNS; i++) {
            LwM2mPath path = paths.get(random.nextInt(paths.size()));
            byte[] payload = switch (i % 3) {
                case 0 -> garbage.bytes();
                case 1 -> text ? garbage.text() : garbage.mutated(codec.encode(OBJECT, trees.object(ALL), ALL));
                default -> garbage.mutated(codec.encode(OBJECT.append(0), trees.instance(ALL, 0), ALL));
            };
            rejected += fuzz(codec, path).accepts(payload) ? 0 : 1;
        }
        assertTrue(rejected > RUNS / 2, "only " + rejected + " payloads rejected");
    }

    private static DecoderFuzz<LwM2mNode> fuzz(NodeCodec codec, LwM2mPath path) {
        return new DecoderFuzz<>(path.toString(), payload -> codec.decode(path, payload, ALL),
                node -> RoundTrips.assertReadsBack(codec, path, node, ALL));
    }
}
