package org.lwm2m.gateway.api.codec.senml;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;

/** The value of a SenML record, named by the field that carries it. */
public sealed interface SenmlValue {

    /** {@code v}: a number, held as a {@link Long}, a {@link BigInteger} or a {@link Double}, as it was written. */
    record Numeric(Number value) implements SenmlValue {
        public Numeric {
            Objects.requireNonNull(value, "value");
            if (!(value instanceof Long || value instanceof BigInteger || value instanceof Double)) {
                throw new IllegalArgumentException("a SenML number is a Long, a BigInteger or a Double, not "
                        + value.getClass().getSimpleName());
            }
        }
    }

    /** {@code vs}: a string. */
    record Text(String value) implements SenmlValue {
        public Text {
            Objects.requireNonNull(value, "value");
        }
    }

    /** {@code vb}: a boolean. */
    record Bool(boolean value) implements SenmlValue {
    }

    /** {@code vd}: bytes (base64url in JSON, a byte string in CBOR); copied in and out. */
    record Data(byte[] value) implements SenmlValue {
        public Data {
            value = value.clone();
        }

        @Override
        public byte[] value() {
            return value.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Data other && Arrays.equals(value, other.value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return "Data[" + value.length + " bytes]";
        }
    }

    /** {@code vlo}: an LwM2M object link, "3:0". */
    record ObjectLink(String value) implements SenmlValue {
        public ObjectLink {
            Objects.requireNonNull(value, "value");
        }
    }
}
