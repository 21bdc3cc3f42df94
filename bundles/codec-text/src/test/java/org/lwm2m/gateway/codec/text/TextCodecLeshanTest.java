package org.lwm2m.gateway.codec.text;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.ContentFormats;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.model.ResourceType;
import org.lwm2m.gateway.api.node.LwM2mNode;
import org.lwm2m.gateway.testing.LeshanFormat;
import org.lwm2m.gateway.testing.NodeAt;
import org.lwm2m.gateway.testing.RandomTrees;
import org.lwm2m.gateway.testing.RandomValues;
import org.lwm2m.gateway.testing.TestDdf;

/** Our plain text against Eclipse Leshan's, both ways, on random values of every resource of the test objects. */
class TextCodecLeshanTest {

    private static final int VALUES_PER_RESOURCE = 30;
    private static final List<ObjectModel> MODELS = TestDdf.models(TestDdf.CODEC_OBJECTS);

    private final TextCodec codec = new TextCodec();
    private final LeshanFormat leshan = new LeshanFormat(ContentFormats.TEXT, TestDdf.CODEC_OBJECTS);

    /** Calls {@code check} for random values of every resource that holds a value, at a fitting path. */
    private static void forEveryResource(long seed, Check check) throws Exception {
        RandomTrees trees = new RandomTrees(new Random(seed), RandomValues.Range.LESHAN_DATE);
        int checked = 0;
        for (ObjectModel model : MODELS) {
            for (NodeAt at : trees.singleValues(model, VALUES_PER_RESOURCE, 0)) {
                check.run(model, at);
                checked++;
            }
        }
        assertTrue(checked > 1000, "checked " + checked);
    }

    @Test
    void leshanReadsWhatWeWrite() throws Exception {
        forEveryResource(21, (model, at) -> {
            byte[] bytes = codec.encode(at.path(), at.node(), model);
            assertEquals(at.node(), leshan.decode(at.path(), bytes), at.path() + " " + new String(bytes, UTF_8));
        });
    }

    @Test
    void weReadWhatLeshanWrites() throws Exception {
        forEveryResource(22, (model, at) -> {
            byte[] bytes = leshan.encode(at.path(), at.node());
            LwM2mNode decoded = codec.decode(at.path(), bytes, model);
            assertEquals(at.node(), decoded, at.path() + " " + new String(bytes, UTF_8));
            // Leshan writes large and small floats with an exponent, which reads as the same double
            if (at.value().type() != ResourceType.FLOAT) {
                assertArrayEquals(bytes, codec.encode(at.path(), decoded, model), "same text as Leshan for "
                        + at.path());
            }
        });
    }

    @FunctionalInterface
    private interface Check {
        void run(ObjectModel model, NodeAt at) throws Exception;
    }
}
