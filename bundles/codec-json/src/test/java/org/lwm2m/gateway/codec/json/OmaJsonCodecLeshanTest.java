package org.lwm2m.gateway.codec.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.ContentFormats;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.testing.EveryLevel;
import org.lwm2m.gateway.testing.LeshanFormat;
import org.lwm2m.gateway.testing.RandomTrees;
import org.lwm2m.gateway.testing.RandomValues;
import org.lwm2m.gateway.testing.TestDdf;
import org.lwm2m.gateway.testing.ValuesOnly;

/**
 * Our OMA JSON against Eclipse Leshan's, both ways, on random trees at every level of every test object. Like a SenML
 * pack, an OMA JSON payload has no entry for a multiple resource without instances, so the trees are compared as
 * the payload carries them ({@link ValuesOnly}).
 */
class OmaJsonCodecLeshanTest {

    private static final int TREES_PER_OBJECT = 150;
    private static final List<ObjectModel> MODELS = TestDdf.models(TestDdf.CODEC_OBJECTS);
    private static final HexFormat HEX = HexFormat.of();

    private final OmaJsonCodec codec = new OmaJsonCodec();
    private final LeshanFormat leshan = new LeshanFormat(ContentFormats.JSON, TestDdf.CODEC_OBJECTS);

    @Test
    void leshanReadsWhatWeWrite() throws Exception {
        int checked = forEveryLevel(171, (model, at) -> {
            byte[] bytes = codec.encode(at.path(), at.node(), model);
            assertEquals(ValuesOnly.of(at.node()), leshan.decode(at.path(), bytes),
                    at.path() + " " + new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        });
        assertTrue(checked > 3000, "checked " + checked);
    }

    @Test
    void weReadWhatLeshanWrites() throws Exception {
        int checked = forEveryLevel(172, (model, at) -> {
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
