package org.lwm2m.gateway.codec.senml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lwm2m.gateway.api.codec.NodeCodec;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.testing.EveryLevel;
import org.lwm2m.gateway.testing.LeshanFormat;
import org.lwm2m.gateway.testing.RandomTrees;
import org.lwm2m.gateway.testing.RandomValues;
import org.lwm2m.gateway.testing.TestDdf;
import org.lwm2m.gateway.testing.ValuesOnly;

/**
 * Our SenML JSON and SenML CBOR against Eclipse Leshan's, both ways, on random trees at every level of every test
 * object. A multiple resource without instances, or an instance without values, has no record in SenML, so the
 * trees are compared as a pack carries them ({@link ValuesOnly}).
 */
class SenmlCodecLeshanTest {

    private static final int TREES_PER_OBJECT = 150;
    private static final List<ObjectModel> MODELS = TestDdf.models(TestDdf.CODEC_OBJECTS);
    private static final HexFormat HEX = HexFormat.of();

    static List<NodeCodec> codecs() {
        return List.of(new SenmlJsonCodec(), new SenmlCborCodec());
    }

    @ParameterizedTest
    @MethodSource("codecs")
    void leshanReadsWhatWeWrite(NodeCodec codec) throws Exception {
        LeshanFormat leshan = new LeshanFormat(codec.contentFormat(), TestDdf.CODEC_OBJECTS);
        int checked = forEveryLevel(161, (model, at) -> {
            byte[] bytes = codec.encode(at.path(), at.node(), model);
            assertEquals(ValuesOnly.of(at.node()), leshan.decode(at.path(), bytes), at.path() + " " + HEX.formatHex(bytes));
        });
        assertTrue(checked > 3000, "checked " + checked);
    }

    @ParameterizedTest
    @MethodSource("codecs")
    void weReadWhatLeshanWrites(NodeCodec codec) throws Exception {
        LeshanFormat leshan = new LeshanFormat(codec.contentFormat(), TestDdf.CODEC_OBJECTS);
        int checked = forEveryLevel(162, (model, at) -> {
            byte[] bytes = leshan.encode(at.path(), at.node());
            assertEquals(ValuesOnly.of(at.node()), codec.decode(at.path(), bytes, model),
                    at.path() + " " + HEX.formatHex(bytes));
        });
        assertTrue(checked > 3000, "checked " + checked);
    }

    private static int forEveryLevel(long seed, EveryLevel.Check check) throws Exception {
        return EveryLevel.check(MODELS, new RandomTrees(new Random(seed), RandomValues.Range.LESHAN_SENML),
                TREES_PER_OBJECT, check);
    }
}
