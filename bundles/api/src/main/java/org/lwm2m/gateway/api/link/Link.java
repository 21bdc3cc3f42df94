package org.lwm2m.gateway.api.link;

import java.util.List;

/** One link of a CoRE Link Format document: {@code </3/0>;ver=1.1}. */
public record Link(String target, List<LinkParam> params) {

    public Link {
        java.util.Objects.requireNonNull(target, "target");
        params = List.copyOf(params);
    }

    public static Link of(String target, LinkParam... params) {
        return new Link(target, List.of(params));
    }

    /** The value of the first parameter with that name, or null (also for a parameter without value). */
    public String param(String name) {
        for (LinkParam p : params) {
            if (p.name().equals(name)) {
                return p.value();
            }
        }
        return null;
    }

    public boolean hasParam(String name) {
        return params.stream().anyMatch(p -> p.name().equals(name));
    }
}
