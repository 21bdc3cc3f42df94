package org.lwm2m.gateway.codec.tlv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.codec.CodecException;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.node.InstanceNode;
import org.lwm2m.gateway.api.node.LwM2mNode;
import org.lwm2m.gateway.api.node.MultipleResource;
import org.lwm2m.gateway.api.node.ObjectNode;
import org.lwm2m.gateway.api.node.ResourceInstance;
import org.lwm2m.gateway.api.node.ResourceNode;
import org.lwm2m.gateway.api.node.Value;

/** Random trees of every test object, every type in its full range, through our encoder and decoder. */
class TlvCodecRoundTripTest {

    private static final int TREES_PER_OBJECT = 300;

    private final TlvCodec codec = new TlvCodec();

    @Test
    void everyLevelReadsBackAsItWasWritten() throws CodecException {
        RandomTrees trees = new RandomTrees(new Random(71), false);
        for (ObjectModel model : TestModels.allOurs()) {
            for (int i = 0; i < TREES_PER_OBJECT; i++) {
                ObjectNode object = trees.object(model);
                LwM2mPath objectPath = LwM2mPath.of(model.id());
                roundTrip(objectPath, object, model);
                for (InstanceNode instance : object.instances().values()) {
                    LwM2mPath instancePath = objectPath.append(instance.id());
                    roundTrip(instancePath, instance, model);
                    byte[] wrapped = codec.encode(objectPath, ObjectNode.of(model.id(), java.util.List.of(instance)),
                            model);
                    assertEquals(instance, codec.decode(instancePath, wrapped, model), "wrapped " + instancePath);
                    for (ResourceNode resource : instance.resources().values()) {
                        LwM2mPath resourcePath = instancePath.append(resource.id());
                        roundTrip(resourcePath, resource, model);
                        if (resource instanceof MultipleResource multiple) {
                            for (Map.Entry<Integer, Value> e : multiple.instances().entrySet()) {
                                roundTrip(resourcePath.append(e.getKey()),
                                        new ResourceInstance(e.getKey(), e.getValue()), model);
                            }
                        }
                    }
                }
            }
        }
    }

    private void roundTrip(LwM2mPath path, LwM2mNode node, ObjectModel model) throws CodecException {
        byte[] bytes = codec.encode(path, node, model);
        LwM2mNode decoded = codec.decode(path, bytes, model);
        assertEquals(node, decoded, path.toString());
        assertArrayEquals(bytes, codec.encode(path, decoded, model), path.toString());
    }
}
