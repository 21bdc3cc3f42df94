package org.lwm2m.gateway.api.node;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.model.ResourceType;

/** A multiple-instance resource: resource instance id to value, all of one type. May be empty. */
public record MultipleResource(int id, ResourceType type, SortedMap<Integer, Value> instances)
        implements ResourceNode {

    public MultipleResource {
        java.util.Objects.requireNonNull(type, "type");
        instances = Collections.unmodifiableSortedMap(new TreeMap<>(instances));
        for (Map.Entry<Integer, Value> e : instances.entrySet()) {
            if (e.getValue().type() != type) {
                throw new IllegalArgumentException(
                        "resource instance " + e.getKey() + " is " + e.getValue().type() + ", expected " + type);
            }
            if (e.getKey() < 0 || e.getKey() > LwM2mPath.MAX_ID) {
                throw new IllegalArgumentException("resource instance id out of range: " + e.getKey());
            }
        }
    }

    /** Resource instances from the given values, numbered 0, 1, 2 ... */
    public static MultipleResource ofList(int id, ResourceType type, java.util.List<Value> values) {
        SortedMap<Integer, Value> map = new TreeMap<>();
        for (int i = 0; i < values.size(); i++) {
            map.put(i, values.get(i));
        }
        return new MultipleResource(id, type, map);
    }
}
