package org.lwm2m.gateway.api.model;

/** What a management server may do with a resource. */
public enum Operations {
    NONE, R, W, RW, E;

    public boolean isReadable() {
        return this == R || this == RW;
    }

    public boolean isWritable() {
        return this == W || this == RW;
    }

    public boolean isExecutable() {
        return this == E;
    }

    /** Maps the DDF {@code <Operations>} text ("R", "RW", "E", "") to a value. */
    public static Operations fromDdf(String text) {
        String t = text.trim().toUpperCase(java.util.Locale.ROOT);
        return t.isEmpty() ? NONE : valueOf(t);
    }
}
