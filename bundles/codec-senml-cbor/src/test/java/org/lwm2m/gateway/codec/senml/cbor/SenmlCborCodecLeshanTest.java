package org.lwm2m.gateway.codec.senml.cbor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.ContentFormats;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.testing.LeshanFormat;
import org.lwm2m.gateway.testing.NodeAt;
import org.lwm2m.gateway.testing.RandomTrees;
import org.lwm2m.gateway.testing.RandomValues;
import org.lwm2m.gateway.testing.TestDdf;
import org.lwm2m.gateway.testing.ValuesOnly;

/** Our SenML CBOR against Eclipse Leshan's, both ways, on random trees at every level of every test object. */
class SenmlCborCodecLeshanTest {

    private static final int TREES_PER_OBJECT = 150;
    private static final List<ObjectModel> MODELS = TestDdf.models(TestDdf.CODEC_OBJECTS);

    private static final HexFormat HEX = HexFormat.of();

    private final SenmlCborCodec codec = new SenmlCborCodec();
    private final LeshanFormat leshan = new LeshanFormat(ContentFormats.SENML_CBOR, TestDdf.CODEC_OBJECTS);

    @Test
    void leshanReadsWhatWeWrite() throws Exception {
        int checked = forEveryLevel(261, (model, at) -> {
            byte[] bytes = codec.encode(at.path(), at.node(), model);
            assertEquals(ValuesOnly.of(at.node()), leshan.decode(at.path(), bytes),
                    at.path() + " " + HEX.formatHex(bytes));
        });
        assertTrue(checked > 3000, "checked " + checked);
    }

    @Test
    void weReadWhatLeshanWrites() throws Exception {
        int checked = forEveryLevel(262, (model, at) -> {
            byte[] bytes = leshan.encode(at.path(), at.node());
            assertEquals(ValuesOnly.of(at.node()), codec.decode(at.path(), bytes, model),
                    at.path() + " " + HEX.formatHex(bytes));
        });
        assertTrue(checked > 3000, "checked " + checked);
    }

    /** Runs {@code check} on random objects, instances, resources and resource instances; returns the count. */
    private static int forEveryLevel(long seed, Check check) throws Exception {
        RandomTrees trees = new RandomTrees(new Random(seed), RandomValues.Range.LESHAN_SENML);
        int checked = 0;
        for (ObjectModel model : MODELS) {
            for (int i = 0; i < TREES_PER_OBJECT; i++) {
                for (NodeAt at : NodeAt.everyLevelOf(trees.object(model))) {
                    check.run(model, at);
                    checked++;
                }
            }
        }
        return checked;
    }

    @FunctionalInterface
    private interface Check {
        void run(ObjectModel model, NodeAt at) throws Exception;
    }
}
