package org.lwm2m.gateway.api.model;

import org.lwm2m.gateway.api.LwM2mPath;

/** One resource of an object as its DDF defines it. */
public record ResourceModel(int id, String name, Operations operations, boolean multiple, boolean mandatory,
        ResourceType type, String rangeEnumeration, String units) {

    public ResourceModel {
        if (id < 0 || id > LwM2mPath.MAX_ID) {
            throw new IllegalArgumentException("resource id out of range: " + id);
        }
        java.util.Objects.requireNonNull(name, "name");
        java.util.Objects.requireNonNull(operations, "operations");
        java.util.Objects.requireNonNull(type, "type");
        rangeEnumeration = rangeEnumeration == null ? "" : rangeEnumeration;
        units = units == null ? "" : units;
    }
}
