package org.lwm2m.gateway.engine;

import java.net.URI;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Objects;

/**
 * Where and how a client reaches its server: the server URI and, for coaps, either a PSK identity and key or the
 * client's key pair and the server's public key (Raw Public Key). Two connections are equal when a client could keep
 * its endpoint (and DTLS session) moving from one to the other. No key appears in {@link #toString()}.
 */
record ServerConnection(URI uri, String pskIdentity, byte[] pskKey, RawPublicKeys rpk) {

    /** The keys of security mode Raw Public Key: the client's pair, and the one server key it trusts. */
    record RawPublicKeys(PublicKey own, PrivateKey ownPrivate, PublicKey server) {

        RawPublicKeys {
            Objects.requireNonNull(own, "own");
            Objects.requireNonNull(ownPrivate, "ownPrivate");
            Objects.requireNonNull(server, "server");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof RawPublicKeys other && Arrays.equals(own.getEncoded(), other.own.getEncoded())
                    && Arrays.equals(ownPrivate.getEncoded(), other.ownPrivate.getEncoded())
                    && Arrays.equals(server.getEncoded(), other.server.getEncoded());
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(own.getEncoded()) * 31 + Arrays.hashCode(server.getEncoded());
        }

        @Override
        public String toString() {
            return "raw public keys";
        }
    }

    ServerConnection {
        Objects.requireNonNull(uri, "uri");
        if ((pskIdentity == null) != (pskKey == null)) {
            throw new IllegalArgumentException("PSK identity and key go together");
        }
        if (pskKey != null && rpk != null) {
            throw new IllegalArgumentException("a connection is PSK or Raw Public Key, not both");
        }
        pskKey = pskKey == null ? null : pskKey.clone();
    }

    static ServerConnection plain(URI uri) {
        return new ServerConnection(uri, null, null, null);
    }

    static ServerConnection psk(URI uri, String identity, byte[] key) {
        return new ServerConnection(uri, identity, key, null);
    }

    static ServerConnection rpk(URI uri, RawPublicKeys keys) {
        return new ServerConnection(uri, null, null, Objects.requireNonNull(keys, "keys"));
    }

    /** Whether this is a DTLS (coaps) connection. */
    boolean secure() {
        return pskKey != null || rpk != null;
    }

    @Override
    public byte[] pskKey() {
        return pskKey == null ? null : pskKey.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServerConnection other && uri.equals(other.uri)
                && Objects.equals(pskIdentity, other.pskIdentity) && Arrays.equals(pskKey, other.pskKey)
                && Objects.equals(rpk, other.rpk);
    }

    @Override
    public int hashCode() {
        return (Objects.hash(uri, pskIdentity, rpk) * 31) + Arrays.hashCode(pskKey);
    }

    @Override
    public String toString() {
        if (rpk != null) {
            return uri + " (raw public key)";
        }
        return pskKey != null ? uri + " (PSK identity " + pskIdentity + ")" : uri.toString();
    }
}
