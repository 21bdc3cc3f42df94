package org.lwm2m.gateway.testing;

import java.util.SortedMap;
import java.util.TreeMap;

import org.lwm2m.gateway.api.node.InstanceNode;
import org.lwm2m.gateway.api.node.LwM2mNode;
import org.lwm2m.gateway.api.node.MultipleResource;
import org.lwm2m.gateway.api.node.ObjectNode;
import org.lwm2m.gateway.api.node.ResourceNode;

/**
 * A node as a format that carries only values (SenML: one record per value) gives it back: a multiple resource
 * without instances inside an instance, and an instance without values inside an object, leave no trace. The node
 * itself stays, empty if need be: its path says it was there.
 */
public final class ValuesOnly {

    private ValuesOnly() {
    }

    public static LwM2mNode of(LwM2mNode node) {
        if (node instanceof ObjectNode object) {
            SortedMap<Integer, InstanceNode> instances = new TreeMap<>();
            for (InstanceNode instance : object.instances().values()) {
                InstanceNode kept = instance(instance);
                if (!kept.resources().isEmpty()) {
                    instances.put(kept.id(), kept);
                }
            }
            return new ObjectNode(object.id(), instances);
        }
        return node instanceof InstanceNode instance ? instance(instance) : node;
    }

    private static InstanceNode instance(InstanceNode instance) {
        SortedMap<Integer, ResourceNode> resources = new TreeMap<>();
        instance.resources().forEach((id, resource) -> {
            if (!(resource instanceof MultipleResource multiple && multiple.instances().isEmpty())) {
                resources.put(id, resource);
            }
        });
        return new InstanceNode(instance.id(), resources);
    }
}
