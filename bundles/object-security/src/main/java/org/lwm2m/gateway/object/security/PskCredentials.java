package org.lwm2m.gateway.object.security;

import java.util.Arrays;
import java.util.Objects;

/** A PSK identity and its secret key; the key is copied in and out and never shown by {@link #toString()}. */
record PskCredentials(String identity, byte[] key) {

    PskCredentials {
        Objects.requireNonNull(identity, "identity");
        key = key.clone();
    }

    @Override
    public byte[] key() {
        return key.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PskCredentials other && identity.equals(other.identity)
                && Arrays.equals(key, other.key);
    }

    @Override
    public int hashCode() {
        return 31 * identity.hashCode() + Arrays.hashCode(key);
    }

    @Override
    public String toString() {
        return "PskCredentials[identity=" + identity + ", key=(hidden)]";
    }
}
