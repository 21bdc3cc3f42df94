package org.lwm2m.gateway.api.model;

/** The LwM2M data types; NONE is the type of executable resources. */
public enum ResourceType {
    STRING, INTEGER, UNSIGNED_INTEGER, FLOAT, BOOLEAN, OPAQUE, TIME, OBJLNK, CORELNK, NONE;

    /** Maps the DDF {@code <Type>} text ("Unsigned Integer", "Objlnk", "" ...) to a type. */
    public static ResourceType fromDdf(String text) {
        return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "string" -> STRING;
            case "integer" -> INTEGER;
            case "unsigned integer" -> UNSIGNED_INTEGER;
            case "float" -> FLOAT;
            case "boolean" -> BOOLEAN;
            case "opaque" -> OPAQUE;
            case "time" -> TIME;
            case "objlnk" -> OBJLNK;
            case "corelnk" -> CORELNK;
            case "", "none" -> NONE;
            default -> throw new IllegalArgumentException("unknown DDF resource type: " + text);
        };
    }
}
