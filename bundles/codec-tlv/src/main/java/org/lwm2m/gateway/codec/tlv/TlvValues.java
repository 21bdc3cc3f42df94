package org.lwm2m.gateway.codec.tlv;

import java.util.Arrays;

import org.lwm2m.gateway.api.codec.CodecException;
import org.lwm2m.gateway.api.codec.Utf8;
import org.lwm2m.gateway.api.model.ResourceType;
import org.lwm2m.gateway.api.node.ObjectLink;
import org.lwm2m.gateway.api.node.Value;

/** The binary value of a TLV for each LwM2M data type (LwM2M Core Appendix C). */
final class TlvValues {

    private TlvValues() {
    }

    static byte[] encode(Value value) throws CodecException {
        return switch (value.type()) {
            case STRING -> Utf8.encode(((Value.Str) value).value());
            case CORELNK -> Utf8.encode(((Value.Corelnk) value).value());
            case OPAQUE -> ((Value.Opaque) value).value();
            case INTEGER -> signed(((Value.Int) value).value());
            case TIME -> signed(((Value.Time) value).epochSeconds());
            case UNSIGNED_INTEGER -> unsigned(((Value.Unsigned) value).bits());
            case FLOAT -> floating(((Value.Float) value).value());
            case BOOLEAN -> new byte[] {(byte) (((Value.Bool) value).value() ? 1 : 0)};
            case OBJLNK -> objlnk(((Value.Objlnk) value).value());
            case NONE -> throw new CodecException("an executable resource holds no value");
        };
    }

    /** Two's complement big endian in the shortest of 1, 2, 4 or 8 bytes. */
    private static byte[] signed(long v) {
        int width = v == (byte) v ? 1 : v == (short) v ? 2 : v == (int) v ? 4 : 8;
        return bigEndian(v, width);
    }

    /**
     * Values below 2^63 take the width a signed integer of the same value would: the top bit stays clear, so peers
     * that read unsigned TLVs as signed (Leshan M15 does) still read the right number. Larger values need 8 bytes.
     */
    private static byte[] unsigned(long bits) {
        return bits >= 0 ? signed(bits) : bigEndian(bits, 8);
    }

    /** IEEE 754 big endian: 4 bytes when the single-precision value is exactly the same number, else 8. */
    private static byte[] floating(double d) {
        float f = (float) d;
        if (Double.doubleToLongBits(f) == Double.doubleToLongBits(d)) {
            return bigEndian(Float.floatToIntBits(f), 4);
        }
        return bigEndian(Double.doubleToLongBits(d), 8);
    }

    private static byte[] objlnk(ObjectLink link) {
        return bigEndian(((long) link.objectId() << 16) | link.instanceId(), 4);
    }

    private static byte[] bigEndian(long v, int width) {
        byte[] b = new byte[width];
        for (int i = 0; i < width; i++) {
            b[i] = (byte) (v >>> (8 * (width - 1 - i)));
        }
        return b;
    }

    /**
     * Reads the value that lies in {@code payload[start, end)} as {@code type}.
     *
     * @param where names the resource in error messages
     */
    static Value decode(ResourceType type, byte[] payload, int start, int end, String where) throws CodecException {
        int length = end - start;
        return switch (type) {
            case STRING -> Value.of(Utf8.decode(Arrays.copyOfRange(payload, start, end)));
            case CORELNK -> Value.corelnk(Utf8.decode(Arrays.copyOfRange(payload, start, end)));
            case OPAQUE -> Value.of(Arrays.copyOfRange(payload, start, end));
            case INTEGER -> Value.of(readSigned(payload, start, checkWidth(where, type, length, 1, 2, 4, 8)));
            case TIME -> Value.time(readSigned(payload, start, checkWidth(where, type, length, 1, 2, 4, 8)));
            case UNSIGNED_INTEGER -> Value.unsigned(readUnsigned(payload, start,
                    checkWidth(where, type, length, 1, 2, 4, 8)));
            case FLOAT -> checkWidth(where, type, length, 4, 8) == 4
                    ? Value.of((double) Float.intBitsToFloat((int) readUnsigned(payload, start, 4)))
                    : Value.of(Double.longBitsToDouble(readUnsigned(payload, start, 8)));
            case BOOLEAN -> {
                checkWidth(where, type, length, 1);
                yield Value.of(bool(payload[start], where));
            }
            case OBJLNK -> {
                long v = readUnsigned(payload, start, checkWidth(where, type, length, 4));
                yield Value.of(new ObjectLink((int) (v >>> 16), (int) (v & 0xffff)));
            }
            case NONE -> throw new CodecException(where + " is executable and holds no value");
        };
    }

    private static int checkWidth(String where, ResourceType type, int length, int... allowed) throws CodecException {
        for (int width : allowed) {
            if (length == width) {
                return width;
            }
        }
        throw new CodecException(where + ": a " + type + " TLV value is " + Arrays.toString(allowed)
                + " bytes long, not " + length);
    }

    private static long readSigned(byte[] payload, int start, int width) {
        long v = payload[start];
        for (int i = start + 1; i < start + width; i++) {
            v = (v << 8) | (payload[i] & 0xff);
        }
        return v;
    }

    static long readUnsigned(byte[] payload, int start, int width) {
        long v = 0;
        for (int i = start; i < start + width; i++) {
            v = (v << 8) | (payload[i] & 0xff);
        }
        return v;
    }

    private static boolean bool(byte b, String where) throws CodecException {
        return switch (b) {
            case 0 -> false;
            case 1 -> true;
            default -> throw new CodecException(where + ": a BOOLEAN TLV value is 0 or 1, not " + (b & 0xff));
        };
    }
}
