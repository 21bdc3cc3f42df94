package org.lwm2m.gateway.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.lwm2m.gateway.api.codec.NodeCodec;
import org.lwm2m.gateway.api.model.ObjectModel;

/**
 * A codec of ours against Eclipse Leshan's for the same content format, each way, on seeded random trees at every
 * level of every codec test object. A payload of a tree format has nothing for an empty multiple resource or
 * instance, so trees are compared as the payload carries them ({@link ValuesOnly}).
 */
public final class LeshanDifferential {

    private static final List<ObjectModel> MODELS = TestDdf.models(TestDdf.CODEC_OBJECTS);
    private static final HexFormat HEX = HexFormat.of();

    private LeshanDifferential() {
    }

    /** Leshan reads what {@code codec} writes; answers how many nodes were checked. */
    public static int leshanReads(NodeCodec codec, long seed, int treesPerObject) throws Exception {
        LeshanFormat leshan = new LeshanFormat(codec.contentFormat(), TestDdf.CODEC_OBJECTS);
        return EveryLevel.check(MODELS, trees(seed), treesPerObject, (model, at) -> {
            byte[] bytes = codec.encode(at.path(), at.node(), model);
            assertEquals(ValuesOnly.of(at.node()), leshan.decode(at.path(), bytes),
                    at.path() + " " + HEX.formatHex(bytes));
        });
    }

    /** {@code codec} reads what Leshan writes; answers how many nodes were checked. */
    public static int weRead(NodeCodec codec, long seed, int treesPerObject) throws Exception {
        LeshanFormat leshan = new LeshanFormat(codec.contentFormat(), TestDdf.CODEC_OBJECTS);
        return EveryLevel.check(MODELS, trees(seed), treesPerObject, (model, at) -> {
            byte[] bytes = leshan.encode(at.path(), at.node());
            assertEquals(ValuesOnly.of(at.node()), codec.decode(at.path(), bytes, model),
                    at.path() + " " + HEX.formatHex(bytes));
        });
    }

    private static RandomTrees trees(long seed) {
        return new RandomTrees(new Random(seed), RandomValues.Range.LESHAN_SENML);
    }
}
