package org.lwm2m.gateway.api.node;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Date;

import org.lwm2m.gateway.api.model.ResourceType;

/** Converts plain Java objects into values of a given LwM2M type, for applications that set values by path. */
public final class Values {

    private static final BigInteger UNSIGNED_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private Values() {
    }

    /**
     * Converts {@code value} to the LwM2M type {@code type}: a Value of that type is taken as is; numbers,
     * strings, booleans, byte arrays, Instant/Date and ObjectLink are converted when the conversion is exact.
     *
     * @throws IllegalArgumentException if the object does not fit the type
     */
    public static Value convert(ResourceType type, Object value) {
        if (value instanceof Value v) {
            if (v.type() != type) {
                throw new IllegalArgumentException("expected a " + type + " value, got " + v.type());
            }
            return v;
        }
        if (value == null) {
            throw new IllegalArgumentException("null is not a " + type + " value");
        }
        return switch (type) {
            case STRING -> Value.of(value.toString());
            case INTEGER -> Value.of(integer(value));
            case UNSIGNED_INTEGER -> Value.unsigned(unsigned(value));
            case FLOAT -> Value.of(floating(value));
            case BOOLEAN -> Value.of(bool(value));
            case OPAQUE -> Value.of(opaque(value));
            case TIME -> Value.time(time(value));
            case OBJLNK -> Value.of(value instanceof ObjectLink l ? l : ObjectLink.parse(value.toString()));
            case CORELNK -> Value.corelnk(value.toString());
            case NONE -> throw new IllegalArgumentException("executable resources hold no value");
        };
    }

    private static long integer(Object v) {
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        try {
            if (v instanceof BigInteger b) {
                return b.longValueExact();
            }
            if (v instanceof String s) {
                return Long.parseLong(s.trim());
            }
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("out of signed 64-bit range: " + v, e);
        }
        throw new IllegalArgumentException("not an integer: " + v.getClass().getSimpleName());
    }

    private static long unsigned(Object v) {
        BigInteger b;
        if (v instanceof BigInteger big) {
            b = big;
        } else if (v instanceof String s) {
            b = new BigInteger(s.trim());
        } else {
            b = BigInteger.valueOf(integer(v));
        }
        if (b.signum() < 0 || b.compareTo(UNSIGNED_MAX) > 0) {
            throw new IllegalArgumentException("out of unsigned 64-bit range: " + b);
        }
        return b.longValue();
    }

    private static double floating(Object v) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof String s) {
            return Double.parseDouble(s.trim());
        }
        throw new IllegalArgumentException("not a number: " + v.getClass().getSimpleName());
    }

    private static boolean bool(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof String s && (s.equals("true") || s.equals("false"))) {
            return Boolean.parseBoolean(s);
        }
        throw new IllegalArgumentException("not a boolean: " + v);
    }

    private static byte[] opaque(Object v) {
        if (v instanceof byte[] b) {
            return b;
        }
        throw new IllegalArgumentException("opaque values are byte arrays");
    }

    private static long time(Object v) {
        if (v instanceof Instant i) {
            return i.getEpochSecond();
        }
        if (v instanceof Date d) {
            return d.toInstant().getEpochSecond();
        }
        return integer(v);
    }
}
