package org.lwm2m.gateway.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.node.InstanceNode;
import org.lwm2m.gateway.api.node.LwM2mNode;
import org.lwm2m.gateway.api.node.MultipleResource;
import org.lwm2m.gateway.api.node.ObjectNode;
import org.lwm2m.gateway.api.node.ResourceInstance;
import org.lwm2m.gateway.api.node.ResourceNode;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;

/** A node and the path it sits at, as a codec takes them. */
public record NodeAt(LwM2mPath path, LwM2mNode node) {

    public NodeAt {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(node, "node");
        if (path.depth() != depth(node) || lastId(path) != node.id()) {
            throw new IllegalArgumentException(node + " does not sit at " + path);
        }
    }

    /**
     * The value of a single resource or resource instance.
     *
     * @throws IllegalStateException if the node holds no single value
     */
    public Value value() {
        if (node instanceof SingleResource single) {
            return single.value();
        }
        if (node instanceof ResourceInstance instance) {
            return instance.value();
        }
        throw new IllegalStateException("no single value at " + path + ": " + node);
    }

    /**
     * Every node of an object tree with its path, parents first: the object, each instance, each resource and
     * each resource instance.
     */
    public static List<NodeAt> everyLevelOf(ObjectNode object) {
        List<NodeAt> nodes = new ArrayList<>();
        LwM2mPath objectPath = LwM2mPath.of(object.id());
        nodes.add(new NodeAt(objectPath, object));
        for (InstanceNode instance : object.instances().values()) {
            LwM2mPath instancePath = objectPath.append(instance.id());
            nodes.add(new NodeAt(instancePath, instance));
            for (ResourceNode resource : instance.resources().values()) {
                LwM2mPath resourcePath = instancePath.append(resource.id());
                nodes.add(new NodeAt(resourcePath, resource));
                if (resource instanceof MultipleResource multiple) {
                    for (Map.Entry<Integer, Value> e : multiple.instances().entrySet()) {
                        nodes.add(new NodeAt(resourcePath.append(e.getKey()),
                                new ResourceInstance(e.getKey(), e.getValue())));
                    }
                }
            }
        }
        return nodes;
    }

    private static int depth(LwM2mNode node) {
        if (node instanceof ObjectNode) {
            return 1;
        }
        if (node instanceof InstanceNode) {
            return 2;
        }
        return node instanceof ResourceNode ? 3 : 4;
    }

    private static int lastId(LwM2mPath path) {
        return switch (path.depth()) {
            case 1 -> path.objectId();
            case 2 -> path.instanceId();
            case 3 -> path.resourceId();
            case 4 -> path.resourceInstanceId();
            default -> LwM2mPath.NONE;
        };
    }
}
