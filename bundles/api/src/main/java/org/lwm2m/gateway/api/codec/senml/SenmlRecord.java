package org.lwm2m.gateway.api.codec.senml;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.EnumSet;
import java.util.Set;

import org.lwm2m.gateway.api.codec.CodecException;

/**
 * One SenML record as it stands in a pack: the base fields apply to it and to the records after it (RFC 8428
 * §4.1). Fields that are absent are null; {@link SenmlPack} resolves names and times.
 *
 * @param baseName {@code bn}
 * @param baseTime {@code bt}, in seconds
 * @param name {@code n}
 * @param time {@code t}, in seconds
 * @param value {@code v}, {@code vs}, {@code vb}, {@code vd} or {@code vlo}
 */
public record SenmlRecord(String baseName, Double baseTime, String name, Double time, SenmlValue value) {

    /**
     * Collects the fields of one record as a decoder reads them, refusing a field given twice and a record with two
     * values.
     */
    public static final class Builder {

        private final Set<SenmlLabel> seen = EnumSet.noneOf(SenmlLabel.class);
        private String baseName;
        private Double baseTime;
        private String name;
        private Double time;
        private SenmlValue value;

        /**
         * Sets a field from what the syntax read: a String, a Number, a Boolean, or for {@code vd} the bytes.
         *
         * @throws CodecException if the field is there twice, is a second value, or has the wrong kind of content
         */
        public Builder set(SenmlLabel label, Object content) throws CodecException {
            if (!seen.add(label)) {
                throw new CodecException("SenML field " + label.jsonName() + " appears twice in one record");
            }
            switch (label) {
                case BASE_VERSION -> {
                    long version = integral(label, content);
                    if (version < 10) {
                        throw new CodecException("SenML version " + version + " is older than 10");
                    }
                }
                case BASE_NAME -> baseName = text(label, content);
                case NAME -> name = text(label, content);
                case BASE_TIME -> baseTime = number(label, content).doubleValue();
                case TIME -> time = number(label, content).doubleValue();
                case VALUE -> value(new SenmlValue.Numeric(number(label, content)));
                case STRING_VALUE -> value(new SenmlValue.Text(text(label, content)));
                case OBJECT_LINK_VALUE -> value(new SenmlValue.ObjectLink(text(label, content)));
                case BOOLEAN_VALUE -> {
                    if (!(content instanceof Boolean b)) {
                        throw wrongKind(label, "a boolean");
                    }
                    value(new SenmlValue.Bool(b));
                }
                case DATA_VALUE -> {
                    if (!(content instanceof byte[] bytes)) {
                        throw wrongKind(label, "bytes");
                    }
                    value(new SenmlValue.Data(bytes));
                }
            }
            return this;
        }

        public SenmlRecord build() {
            return new SenmlRecord(baseName, baseTime, name, time, value);
        }

        private void value(SenmlValue v) throws CodecException {
            if (value != null) {
                throw new CodecException("a SenML record has more than one value");
            }
            value = v;
        }

        private static String text(SenmlLabel label, Object content) throws CodecException {
            if (!(content instanceof String s)) {
                throw wrongKind(label, "a string");
            }
            return s;
        }

        /** A Long, a BigInteger or a finite Double, whatever width the syntax read it in. */
        private static Number number(SenmlLabel label, Object content) throws CodecException {
            Number n;
            if (content instanceof Integer || content instanceof Short || content instanceof Byte
                    || content instanceof Long) {
                n = ((Number) content).longValue();
            } else if (content instanceof BigInteger big) {
                n = big.bitLength() < 64 ? (Number) big.longValue() : big;
            } else if (content instanceof Double || content instanceof Float || content instanceof BigDecimal) {
                n = ((Number) content).doubleValue();
            } else {
                throw wrongKind(label, "a number");
            }
            if (n instanceof Double d && !Double.isFinite(d)) {
                throw new CodecException("SenML field " + label.jsonName() + " is not a finite number: " + d);
            }
            return n;
        }

        private static long integral(SenmlLabel label, Object content) throws CodecException {
            if (number(label, content) instanceof Long l) {
                return l;
            }
            throw wrongKind(label, "an integer");
        }

        private static CodecException wrongKind(SenmlLabel label, String expected) {
            return new CodecException("SenML field " + label.jsonName() + " must be " + expected);
        }
    }
}
