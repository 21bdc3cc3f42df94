package org.lwm2m.gateway.api.node;

/** One instance of a multiple-instance resource. */
public record ResourceInstance(int id, Value value) implements LwM2mNode {

    public ResourceInstance {
        java.util.Objects.requireNonNull(value, "value");
    }
}
