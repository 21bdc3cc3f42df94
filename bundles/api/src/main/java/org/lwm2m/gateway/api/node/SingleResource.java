package org.lwm2m.gateway.api.node;

import org.lwm2m.gateway.api.model.ResourceType;

/** A single-instance resource and its value. */
public record SingleResource(int id, Value value) implements ResourceNode {

    public SingleResource {
        java.util.Objects.requireNonNull(value, "value");
    }

    @Override
    public ResourceType type() {
        return value.type();
    }
}
