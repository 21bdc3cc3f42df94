package org.lwm2m.gateway.api.node;

import org.lwm2m.gateway.api.model.ResourceType;

/** A typed LwM2M value: the content of a single resource or of one resource instance. */
public sealed interface Value permits Value.Str, Value.Int, Value.Unsigned, Value.Float, Value.Bool, Value.Opaque,
        Value.Time, Value.Objlnk, Value.Corelnk {

    /** The LwM2M data type of this value. */
    ResourceType type();

    /** The value as a plain Java object (String, Long, Double, Boolean, byte[], Instant, ObjectLink). */
    Object toJava();

    /** String. */
    record Str(String value) implements Value {
        public Str {
            java.util.Objects.requireNonNull(value, "value");
        }

        @Override
        public ResourceType type() {
            return ResourceType.STRING;
        }

        @Override
        public Object toJava() {
            return value;
        }
    }

    /** Signed 64-bit integer. */
    record Int(long value) implements Value {
        @Override
        public ResourceType type() {
            return ResourceType.INTEGER;
        }

        @Override
        public Object toJava() {
            return value;
        }
    }

    /** Unsigned 64-bit integer; {@code bits} holds the value as an unsigned long. */
    record Unsigned(long bits) implements Value {
        @Override
        public ResourceType type() {
            return ResourceType.UNSIGNED_INTEGER;
        }

        @Override
        public Object toJava() {
            return new java.math.BigInteger(Long.toUnsignedString(bits));
        }

        @Override
        public String toString() {
            return "Unsigned[" + Long.toUnsignedString(bits) + "]";
        }
    }

    /** 64-bit floating point. */
    record Float(double value) implements Value {
        @Override
        public ResourceType type() {
            return ResourceType.FLOAT;
        }

        @Override
        public Object toJava() {
            return value;
        }
    }

    /** Boolean. */
    record Bool(boolean value) implements Value {
        @Override
        public ResourceType type() {
            return ResourceType.BOOLEAN;
        }

        @Override
        public Object toJava() {
            return value;
        }
    }

    /** Opaque bytes; the array is copied in and out so the value stays immutable. */
    record Opaque(byte[] value) implements Value {
        public Opaque {
            value = value.clone();
        }

        @Override
        public byte[] value() {
            return value.clone();
        }

        /** Length without copying. */
        public int length() {
            return value.length;
        }

        @Override
        public ResourceType type() {
            return ResourceType.OPAQUE;
        }

        @Override
        public Object toJava() {
            return value.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Opaque other && java.util.Arrays.equals(value, other.value);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return "Opaque[" + value.length + " bytes]";
        }
    }

    /** Time: whole seconds since the Unix epoch (signed). */
    record Time(long epochSeconds) implements Value {
        @Override
        public ResourceType type() {
            return ResourceType.TIME;
        }

        @Override
        public Object toJava() {
            return java.time.Instant.ofEpochSecond(epochSeconds);
        }
    }

    /** Object link. */
    record Objlnk(ObjectLink value) implements Value {
        public Objlnk {
            java.util.Objects.requireNonNull(value, "value");
        }

        @Override
        public ResourceType type() {
            return ResourceType.OBJLNK;
        }

        @Override
        public Object toJava() {
            return value;
        }
    }

    /** CoRE link(s) in RFC 6690 text form. */
    record Corelnk(String value) implements Value {
        public Corelnk {
            java.util.Objects.requireNonNull(value, "value");
        }

        @Override
        public ResourceType type() {
            return ResourceType.CORELNK;
        }

        @Override
        public Object toJava() {
            return value;
        }
    }

    static Value of(String v) {
        return new Str(v);
    }

    static Value of(long v) {
        return new Int(v);
    }

    static Value of(double v) {
        return new Float(v);
    }

    static Value of(boolean v) {
        return new Bool(v);
    }

    static Value of(byte[] v) {
        return new Opaque(v);
    }

    static Value unsigned(long bits) {
        return new Unsigned(bits);
    }

    static Value time(long epochSeconds) {
        return new Time(epochSeconds);
    }

    static Value of(ObjectLink v) {
        return new Objlnk(v);
    }

    static Value corelnk(String v) {
        return new Corelnk(v);
    }
}
