package org.lwm2m.gateway.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.model.ResourceModel;
import org.lwm2m.gateway.api.model.ResourceType;
import org.lwm2m.gateway.api.node.InstanceNode;
import org.lwm2m.gateway.api.node.MultipleResource;
import org.lwm2m.gateway.api.node.ObjectNode;
import org.lwm2m.gateway.api.node.ResourceInstance;
import org.lwm2m.gateway.api.node.ResourceNode;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;

class RandomTreesTest {

    @Test
    void treesFitTheirModel() {
        RandomTrees trees = new RandomTrees(new Random(7), RandomValues.Range.FULL);
        int resources = 0;
        for (ObjectModel model : TestDdf.models(TestDdf.CODEC_OBJECTS)) {
            for (int i = 0; i < 50; i++) {
                ObjectNode object = trees.object(model);
                assertEquals(model.id(), object.id());
                for (InstanceNode instance : object.instances().values()) {
                    for (ResourceNode resource : instance.resources().values()) {
                        ResourceModel r = model.resource(resource.id());
                        assertNotNull(r, model.id() + "/" + resource.id());
                        assertEquals(r.type(), resource.type());
                        assertEquals(r.multiple(), resource instanceof MultipleResource);
                        resources++;
                    }
                }
            }
        }
        assertTrue(resources > 1000, resources + " resources");
    }

    @Test
    void aSingleValueSitsWhereASingleValueFormatPutsIt() {
        RandomTrees trees = new RandomTrees(new Random(8), RandomValues.Range.FULL);
        ObjectModel all = AllTypes.model();
        NodeAt single = trees.singleValue(all, all.resource(AllTypes.singleId(ResourceType.STRING)), 2);
        assertEquals(LwM2mPath.of(AllTypes.ID, 2, AllTypes.singleId(ResourceType.STRING)), single.path());
        assertEquals(ResourceType.STRING, assertInstanceOf(SingleResource.class, single.node()).type());
        NodeAt instance = trees.singleValue(all, all.resource(AllTypes.multipleId(ResourceType.TIME)), 2);
        assertTrue(instance.path().isResourceInstance());
        assertEquals(ResourceType.TIME, assertInstanceOf(ResourceInstance.class, instance.node()).value().type());
        assertEquals(ResourceType.TIME, instance.value().type());
        assertEquals(ResourceType.STRING, single.value().type());
        NodeAt object = new NodeAt(LwM2mPath.of(AllTypes.ID), ObjectNode.of(AllTypes.ID, List.of()));
        assertThrows(IllegalStateException.class, object::value);
    }

    @Test
    void singleValuesCoverEveryResourceThatHoldsAValue() {
        RandomTrees trees = new RandomTrees(new Random(9), RandomValues.Range.FULL);
        ObjectModel device = TestDdf.DEVICE_1_2.model();
        List<NodeAt> nodes = trees.singleValues(device, 3, 1);
        long valued = device.resources().values().stream().filter(r -> r.type() != ResourceType.NONE).count();
        assertEquals(3 * valued, nodes.size());
        for (NodeAt at : nodes) {
            assertEquals(1, at.path().instanceId());
            assertEquals(device.resource(at.path().resourceId()).multiple(), at.path().isResourceInstance());
        }
    }

    @Test
    void everyLevelOfATreeComesWithItsPathParentsFirst() {
        MultipleResource multiple = new MultipleResource(6, ResourceType.INTEGER,
                new TreeMap<>(Map.of(0, Value.of(1L), 4, Value.of(5L))));
        SingleResource single = new SingleResource(0, Value.of("x"));
        InstanceNode instance = InstanceNode.of(2, List.of(single, multiple));
        ObjectNode object = ObjectNode.of(3, List.of(instance, InstanceNode.of(9, List.of())));
        assertEquals(List.of(new NodeAt(LwM2mPath.of(3), object),
                new NodeAt(LwM2mPath.of(3, 2), instance),
                new NodeAt(LwM2mPath.of(3, 2, 0), single),
                new NodeAt(LwM2mPath.of(3, 2, 6), multiple),
                new NodeAt(LwM2mPath.of(3, 2, 6, 0), new ResourceInstance(0, Value.of(1L))),
                new NodeAt(LwM2mPath.of(3, 2, 6, 4), new ResourceInstance(4, Value.of(5L))),
                new NodeAt(LwM2mPath.of(3, 9), InstanceNode.of(9, List.of()))), NodeAt.everyLevelOf(object));
    }

    @Test
    void aNodeMustSitAtItsPath() {
        SingleResource single = new SingleResource(1, Value.of(1L));
        assertThrows(IllegalArgumentException.class, () -> new NodeAt(LwM2mPath.of(3, 0, 2), single));
        assertThrows(IllegalArgumentException.class, () -> new NodeAt(LwM2mPath.of(3, 0), single));
        assertThrows(IllegalArgumentException.class, () -> new NodeAt(LwM2mPath.of(3, 0, 1, 1),
                new SingleResource(1, Value.of(1L))));
        assertThrows(IllegalArgumentException.class, () -> new NodeAt(LwM2mPath.ROOT, ObjectNode.of(3, List.of())));
        assertEquals(single, new NodeAt(LwM2mPath.of(3, 0, 1), single).node());
    }
}
