package org.lwm2m.gateway.api.node;

import java.util.Collection;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** An object instance with its resources. */
public record InstanceNode(int id, SortedMap<Integer, ResourceNode> resources) implements LwM2mNode {

    public InstanceNode {
        resources = Collections.unmodifiableSortedMap(new TreeMap<>(resources));
        resources.forEach((k, v) -> {
            if (k != v.id()) {
                throw new IllegalArgumentException("resource key " + k + " holds resource " + v.id());
            }
        });
    }

    public static InstanceNode of(int id, Collection<? extends ResourceNode> resources) {
        SortedMap<Integer, ResourceNode> map = new TreeMap<>();
        for (ResourceNode r : resources) {
            if (map.put(r.id(), r) != null) {
                throw new IllegalArgumentException("duplicate resource " + r.id());
            }
        }
        return new InstanceNode(id, map);
    }
}
