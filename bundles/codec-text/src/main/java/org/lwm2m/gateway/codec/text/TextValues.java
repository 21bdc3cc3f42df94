package org.lwm2m.gateway.codec.text;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lwm2m.gateway.api.codec.CodecException;
import org.lwm2m.gateway.api.codec.Utf8;
import org.lwm2m.gateway.api.model.ResourceType;
import org.lwm2m.gateway.api.node.ObjectLink;
import org.lwm2m.gateway.api.node.Value;

/** Writes and reads single LwM2M values in the plain-text format (LwM2M Core 1.1 §7.4.1, Appendix C). */
final class TextValues {

    private static final Pattern SIGNED = Pattern.compile("-?[0-9]+");
    private static final Pattern UNSIGNED = Pattern.compile("[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("-?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");
    private static final Pattern OBJLNK = Pattern.compile("([0-9]{1,5}):([0-9]{1,5})");

    private TextValues() {
    }

    static byte[] format(Value value) throws CodecException {
        return switch (value.type()) {
            case OPAQUE -> Base64.getEncoder().encode(((Value.Opaque) value).value());
            case STRING -> Utf8.encode(((Value.Str) value).value());
            case CORELNK -> Utf8.encode(((Value.Corelnk) value).value());
            case INTEGER -> ascii(Long.toString(((Value.Int) value).value()));
            case UNSIGNED_INTEGER -> ascii(Long.toUnsignedString(((Value.Unsigned) value).bits()));
            case TIME -> ascii(Long.toString(((Value.Time) value).epochSeconds()));
            case FLOAT -> ascii(formatFloat(((Value.Float) value).value()));
            case BOOLEAN -> ascii(((Value.Bool) value).value() ? "1" : "0");
            case OBJLNK -> ascii(((Value.Objlnk) value).value().toString());
            case NONE -> throw new CodecException("an executable resource holds no value");
        };
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** Plain decimal notation, never an exponent, with the shortest digits that read back to the same double. */
    private static String formatFloat(double d) throws CodecException {
        if (!Double.isFinite(d)) {
            throw new CodecException("plain text cannot carry the float " + d);
        }
        if (d == 0) {
            return Double.doubleToRawLongBits(d) == 0 ? "0.0" : "-0.0";
        }
        String plain = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        return plain.indexOf('.') < 0 ? plain + ".0" : plain;
    }

    static Value parse(ResourceType type, byte[] payload) throws CodecException {
        return switch (type) {
            case OPAQUE -> Value.of(base64(payload));
            case STRING -> Value.of(Utf8.decode(payload));
            case CORELNK -> Value.corelnk(Utf8.decode(payload));
            case INTEGER -> Value.of(signed(Utf8.decode(payload), "an integer"));
            case TIME -> Value.time(signed(Utf8.decode(payload), "a time"));
            case UNSIGNED_INTEGER -> Value.unsigned(unsigned(Utf8.decode(payload)));
            case FLOAT -> Value.of(decimal(Utf8.decode(payload)));
            case BOOLEAN -> Value.of(bool(Utf8.decode(payload)));
            case OBJLNK -> Value.of(objlnk(Utf8.decode(payload)));
            case NONE -> throw new CodecException("an executable resource holds no value");
        };
    }

    private static byte[] base64(byte[] payload) throws CodecException {
        try {
            return Base64.getDecoder().decode(payload);
        } catch (IllegalArgumentException e) {
            throw new CodecException("opaque value is not valid base64", e);
        }
    }

    private static long signed(String text, String what) throws CodecException {
        if (!SIGNED.matcher(text).matches()) {
            throw new CodecException("not " + what + ": " + excerpt(text));
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new CodecException(what + " out of the signed 64-bit range: " + excerpt(text), e);
        }
    }

    private static long unsigned(String text) throws CodecException {
        if (!UNSIGNED.matcher(text).matches()) {
            throw new CodecException("not an unsigned integer: " + excerpt(text));
        }
        try {
            return Long.parseUnsignedLong(text);
        } catch (NumberFormatException e) {
            throw new CodecException("unsigned integer out of the 64-bit range: " + excerpt(text), e);
        }
    }

    private static double decimal(String text) throws CodecException {
        if (!DECIMAL.matcher(text).matches()) {
            throw new CodecException("not a float: " + excerpt(text));
        }
        double d = Double.parseDouble(text);
        if (Double.isInfinite(d)) {
            throw new CodecException("float out of the 64-bit range: " + excerpt(text));
        }
        return d;
    }

    private static boolean bool(String text) throws CodecException {
        return switch (text) {
            case "0" -> false;
            case "1" -> true;
            default -> throw new CodecException("not a boolean (0 or 1): " + excerpt(text));
        };
    }

    private static ObjectLink objlnk(String text) throws CodecException {
        Matcher m = OBJLNK.matcher(text);
        if (!m.matches()) {
            throw new CodecException("not an object link (objectId:instanceId): " + excerpt(text));
        }
        int objectId = Integer.parseInt(m.group(1));
        int instanceId = Integer.parseInt(m.group(2));
        if (objectId > 65535 || instanceId > 65535) {
            throw new CodecException("object link id out of range 0..65535: " + excerpt(text));
        }
        return new ObjectLink(objectId, instanceId);
    }

    /** Keeps diagnostics short: the message may go back to the server in a 4.00 response. */
    private static String excerpt(String text) {
        return text.length() <= 32 ? "\"" + text + "\"" : "\"" + text.substring(0, 32) + "...\"";
    }
}
