package org.lwm2m.gateway.codec.tlv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.codec.CodecException;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.node.InstanceNode;
import org.lwm2m.gateway.api.node.ObjectNode;
import org.lwm2m.gateway.testing.NodeAt;
import org.lwm2m.gateway.testing.RandomTrees;
import org.lwm2m.gateway.testing.RandomValues;
import org.lwm2m.gateway.testing.RoundTrips;
import org.lwm2m.gateway.testing.TestDdf;

/** Random trees of every test object, every type in its full range, through our encoder and decoder. */
class TlvCodecRoundTripTest {

    private static final int TREES_PER_OBJECT = 300;

    private final TlvCodec codec = new TlvCodec();

    @Test
    void everyLevelReadsBackAsItWasWritten() throws CodecException {
        RandomTrees trees = new RandomTrees(new Random(71), RandomValues.Range.FULL);
        for (ObjectModel model : TestDdf.models(TestDdf.CODEC_OBJECTS)) {
            for (int i = 0; i < TREES_PER_OBJECT; i++) {
                for (NodeAt at : NodeAt.everyLevelOf(trees.object(model))) {
                    RoundTrips.assertReadsBack(codec, at.path(), at.node(), model);
                    if (at.node() instanceof InstanceNode instance) {
                        byte[] wrapped = codec.encode(LwM2mPath.of(model.id()), ObjectNode.of(model.id(),
                                List.of(instance)), model);
                        assertEquals(instance, codec.decode(at.path(), wrapped, model), "wrapped " + at.path());
                    }
                }
            }
        }
    }
}
