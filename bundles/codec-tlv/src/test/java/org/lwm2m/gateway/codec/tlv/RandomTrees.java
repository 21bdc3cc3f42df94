package org.lwm2m.gateway.codec.tlv;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.model.ResourceModel;
import org.lwm2m.gateway.api.model.ResourceType;
import org.lwm2m.gateway.api.node.InstanceNode;
import org.lwm2m.gateway.api.node.MultipleResource;
import org.lwm2m.gateway.api.node.ObjectNode;
import org.lwm2m.gateway.api.node.ResourceNode;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;

/** Random node trees that fit an object model: random instances, a random subset of resources, random values. */
final class RandomTrees {

    private final Random random;
    private final RandomValues values;

    /** @param leshanSafe see {@link RandomValues#RandomValues(Random, boolean)} */
    RandomTrees(Random random, boolean leshanSafe) {
        this.random = random;
        this.values = new RandomValues(random, leshanSafe);
    }

    ObjectNode object(ObjectModel model) {
        SortedSet<Integer> ids = new TreeSet<>();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            ids.add(i == 0 ? random.nextInt(3) : random.nextInt(400));
        }
        List<InstanceNode> instances = new ArrayList<>();
        for (int id : ids) {
            instances.add(instance(model, id));
        }
        return ObjectNode.of(model.id(), instances);
    }

    InstanceNode instance(ObjectModel model, int id) {
        List<ResourceNode> resources = new ArrayList<>();
        for (ResourceModel r : model.resources().values()) {
            if (r.type() != ResourceType.NONE && random.nextInt(3) > 0) {
                resources.add(resource(r));
            }
        }
        return InstanceNode.of(id, resources);
    }

    ResourceNode resource(ResourceModel r) {
        if (!r.multiple()) {
            return new SingleResource(r.id(), values.next(r.type()));
        }
        SortedMap<Integer, Value> instances = new TreeMap<>();
        int count = random.nextInt(5);
        for (int i = 0; i < count; i++) {
            instances.put(random.nextInt(3) == 0 ? random.nextInt(65535) : i, values.next(r.type()));
        }
        return new MultipleResource(r.id(), r.type(), instances);
    }

    Value value(ResourceType type) {
        return values.next(type);
    }
}
