package org.lwm2m.gateway.testing;

import java.util.List;
import java.util.Random;

import org.lwm2m.gateway.api.model.ResourceType;
import org.lwm2m.gateway.api.node.ObjectLink;
import org.lwm2m.gateway.api.node.Value;

/** Random values of every data type, edge cases included, from a seeded Random; floats are always finite. */
public final class RandomValues {

    /** How far values may range: in full, or only as far as a Leshan code path carries them unchanged. */
    public enum Range {
        /** Every value each type can hold. */
        FULL,
        /** Times that java.util.Date, Leshan's time type, holds in milliseconds. */
        LESHAN_DATE,
        /**
         * What Leshan M15 writes correctly in TLV: times in 32 bits (it writes TIME as 4 bytes), unsigned integers
         * below 2^63 (it writes larger ones in the shortest width of their signed bits, 2^64-1 as FF).
         */
        LESHAN_TLV,
        /** What Leshan M15 reads back from SenML: times as for {@link #LESHAN_DATE}; no -0.0, which it reads as 0.0. */
        LESHAN_SENML
    }

    /** Link documents that Leshan writes back exactly as they are. */
    public static final List<String> CORE_LINKS = List.of("</3/0>", "</3>;ver=1.1", "</1/0>,</3/0/1>",
            "</3>;rt=\"oma.lwm2m\"", "</25/0/3>;ct=40,</3303/0>");

    private static final long[] EDGE_LONGS = {0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32768,
        -32769, 65535, Integer.MAX_VALUE, Integer.MIN_VALUE, 1L << 31, (1L << 31) + 1, Long.MAX_VALUE,
        Long.MIN_VALUE};
    private static final double[] EDGE_DOUBLES = {0.0, -0.0, 1.5, -0.25, 0.1, 1e20, 1e-7, 123456789.125,
        Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, Float.MAX_VALUE, Float.MIN_VALUE, 1.0 / 3,
        3.4028235e38, 9007199254740993.0};
    /** About 3000 years either way: in milliseconds still far inside what Date's long holds. */
    private static final long DATE_SAFE_SECONDS = 100_000_000_000L;

    private final Random random;
    private final Range range;

    public RandomValues(Random random, Range range) {
        this.random = random;
        this.range = range;
    }

    /**
     * A random value of the type.
     *
     * @throws IllegalArgumentException for {@link ResourceType#NONE}, the type of executable resources
     */
    public Value next(ResourceType type) {
        return switch (type) {
            case STRING -> Value.of(string());
            case INTEGER -> Value.of(longValue());
            case UNSIGNED_INTEGER -> Value.unsigned(range == Range.LESHAN_TLV ? longValue() & Long.MAX_VALUE
                    : longValue());
            case FLOAT -> Value.of(range == Range.LESHAN_SENML ? doubleValue() + 0.0 : doubleValue());
            case BOOLEAN -> Value.of(random.nextBoolean());
            case OPAQUE -> Value.of(bytes());
            case TIME -> Value.time(switch (range) {
                case FULL -> longValue();
                case LESHAN_DATE, LESHAN_SENML -> random.nextLong() % DATE_SAFE_SECONDS;
                case LESHAN_TLV -> random.nextInt();
            });
            case OBJLNK -> Value.of(objectLink());
            case CORELNK -> Value.corelnk(CORE_LINKS.get(random.nextInt(CORE_LINKS.size())));
            case NONE -> throw new IllegalArgumentException("executable resources hold no value");
        };
    }

    private long longValue() {
        return switch (random.nextInt(4)) {
            case 0 -> EDGE_LONGS[random.nextInt(EDGE_LONGS.length)];
            case 1 -> random.nextInt(256) - 128;
            case 2 -> random.nextInt();
            default -> random.nextLong();
        };
    }

    private double doubleValue() {
        return switch (random.nextInt(4)) {
            case 0 -> EDGE_DOUBLES[random.nextInt(EDGE_DOUBLES.length)];
            case 1 -> random.nextFloat() * 1000 - 500;
            case 2 -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(40) - 20);
            default -> Double.longBitsToDouble(random.nextLong() & 0x7fefffffffffffffL)
                    * (random.nextBoolean() ? 1 : -1);
        };
    }

    /** Code points from every plane, never a lone surrogate. */
    private String string() {
        int length = random.nextInt(4) == 0 ? 0 : random.nextInt(40);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(4)) {
                case 0 -> sb.appendCodePoint(0x20 + random.nextInt(0x5f));
                case 1 -> sb.appendCodePoint(random.nextInt(0xd800));
                case 2 -> sb.appendCodePoint(0xe000 + random.nextInt(0x2000));
                default -> sb.appendCodePoint(0x10000 + random.nextInt(0x100000));
            }
        }
        return sb.toString();
    }

    private byte[] bytes() {
        byte[] b = new byte[random.nextInt(4) == 0 ? 0 : random.nextInt(300)];
        random.nextBytes(b);
        return b;
    }

    /** A link to an instance, or the null link 65535:65535 (Leshan refuses 65535 in one half only). */
    private ObjectLink objectLink() {
        if (random.nextInt(5) == 0) {
            return new ObjectLink(65535, 65535);
        }
        return new ObjectLink(random.nextInt(65535), random.nextInt(65535));
    }
}
