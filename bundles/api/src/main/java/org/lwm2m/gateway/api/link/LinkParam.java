package org.lwm2m.gateway.api.link;

/**
 * A link parameter: {@code name}, {@code name=token} or {@code name="quoted string"}. {@code value} is null
 * for a parameter without value; {@code quoted} says how the value is written.
 */
public record LinkParam(String name, String value, boolean quoted) {

    public LinkParam {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("link parameter without name");
        }
        if (value == null && quoted) {
            throw new IllegalArgumentException("a parameter without value cannot be quoted");
        }
    }

    /** {@code name=value}, unquoted (numbers, tokens such as {@code ver=1.1}). */
    public static LinkParam token(String name, String value) {
        return new LinkParam(name, value, false);
    }

    /** {@code name="value"}. */
    public static LinkParam quoted(String name, String value) {
        return new LinkParam(name, value, true);
    }

    /** {@code name} alone. */
    public static LinkParam flag(String name) {
        return new LinkParam(name, null, false);
    }
}
