package org.lwm2m.gateway.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

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

/** Random node trees that fit an object model: random instances, a random subset of resources, random values. */
public final class RandomTrees {

    private final Random random;
    private final RandomValues values;

    public RandomTrees(Random random, RandomValues.Range range) {
        this.random = random;
        this.values = new RandomValues(random, range);
    }

    /** Up to three instances, the first of them with a small id. */
    public ObjectNode object(ObjectModel model) {
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

    /** About two thirds of the resources that hold a value. */
    public InstanceNode instance(ObjectModel model, int id) {
        List<ResourceNode> resources = new ArrayList<>();
        for (ResourceModel r : model.resources().values()) {
            if (r.type() != ResourceType.NONE && random.nextInt(3) > 0) {
                resources.add(resource(r));
            }
        }
        return InstanceNode.of(id, resources);
    }

    /** A single resource, or a multiple one with up to four instances, some of them with large ids. */
    public ResourceNode resource(ResourceModel r) {
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

    /**
     * One random value of the resource in the given object instance, where a single-value format puts it: the
     * resource itself if it is single, else a resource instance with a random id.
     */
    public NodeAt singleValue(ObjectModel model, ResourceModel r, int instanceId) {
        LwM2mPath resource = LwM2mPath.of(model.id(), instanceId, r.id());
        Value value = values.next(r.type());
        if (!r.multiple()) {
            return new NodeAt(resource, new SingleResource(r.id(), value));
        }
        int resourceInstanceId = random.nextInt(65535);
        return new NodeAt(resource.append(resourceInstanceId), new ResourceInstance(resourceInstanceId, value));
    }

    /** {@link #singleValue} {@code perResource} times for each resource of the model that holds a value. */
    public List<NodeAt> singleValues(ObjectModel model, int perResource, int instanceId) {
        List<NodeAt> nodes = new ArrayList<>();
        for (ResourceModel r : model.resources().values()) {
            for (int i = 0; i < perResource && r.type() != ResourceType.NONE; i++) {
                nodes.add(singleValue(model, r, instanceId));
            }
        }
        return nodes;
    }
}
