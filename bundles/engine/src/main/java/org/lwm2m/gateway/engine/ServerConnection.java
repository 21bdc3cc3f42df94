package org.lwm2m.gateway.engine;

import java.net.URI;
import java.util.Arrays;
import java.util.Objects;

/**
 * Where and how a client reaches its server: the server URI and, for coaps, the PSK identity and key. Two
 * connections are equal when a client could keep its endpoint (and DTLS session) moving from one to the other.
 * The key never appears in {@link #toString()}.
 */
record ServerConnection(URI uri, String pskIdentity, byte[] pskKey) {

    ServerConnection {
        Objects.requireNonNull(uri, "uri");
        if ((pskIdentity == null) != (pskKey == null)) {
            throw new IllegalArgumentException("PSK identity and key go together");
        }
        pskKey = pskKey == null ? null : pskKey.clone();
    }

    static ServerConnection plain(URI uri) {
        return new ServerConnection(uri, null, null);
    }

    static ServerConnection psk(URI uri, String identity, byte[] key) {
        return new ServerConnection(uri, identity, key);
    }

    /** Whether this is a DTLS (coaps) connection. */
    boolean secure() {
        return pskKey != null;
    }

    @Override
    public byte[] pskKey() {
        return pskKey == null ? null : pskKey.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServerConnection other && uri.equals(other.uri)
                && Objects.equals(pskIdentity, other.pskIdentity) && Arrays.equals(pskKey, other.pskKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(uri, pskIdentity) * 31 + Arrays.hashCode(pskKey);
    }

    @Override
    public String toString() {
        return secure() ? uri + " (PSK identity " + pskIdentity + ")" : uri.toString();
    }
}
