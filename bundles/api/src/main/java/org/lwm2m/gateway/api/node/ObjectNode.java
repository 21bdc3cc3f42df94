package org.lwm2m.gateway.api.node;

import java.util.Collection;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** An object with the instances that were read or are to be written. */
public record ObjectNode(int id, SortedMap<Integer, InstanceNode> instances) implements LwM2mNode {

    public ObjectNode {
        instances = Collections.unmodifiableSortedMap(new TreeMap<>(instances));
        instances.forEach((k, v) -> {
            if (k != v.id()) {
                throw new IllegalArgumentException("instance key " + k + " holds instance " + v.id());
            }
        });
    }

    public static ObjectNode of(int id, Collection<InstanceNode> instances) {
        SortedMap<Integer, InstanceNode> map = new TreeMap<>();
        for (InstanceNode i : instances) {
            if (map.put(i.id(), i) != null) {
                throw new IllegalArgumentException("duplicate instance " + i.id());
            }
        }
        return new ObjectNode(id, map);
    }
}
