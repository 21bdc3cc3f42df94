package org.lwm2m.gateway.engine;

import java.net.URI;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Objects;

import org.lwm2m.gateway.api.LwM2mIds.Security;

/**
 * Where and how a client reaches its server: the server URI and, for coaps, a PSK identity and key, or the client's
 * key pair and the server's public key (Raw Public Key), or the client's certificate and key and the certificate it
 * knows the server by (Certificate). Two connections are equal when a client could keep its endpoint (and DTLS
 * session) moving from one to the other. No key appears in {@link #toString()}.
 */
record ServerConnection(URI uri, String pskIdentity, byte[] pskKey, RawPublicKeys rpk, Certificates x509) {

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

    /**
     * The credentials of security mode Certificate: the client's certificate and private key, the server's
     * certificate (or that of its CA, by the usage), and the Certificate Usage, which says how the server's chain is
     * checked against it.
     */
    record Certificates(X509Certificate own, PrivateKey ownPrivate, X509Certificate server, long usage) {

        Certificates {
            Objects.requireNonNull(own, "own");
            Objects.requireNonNull(ownPrivate, "ownPrivate");
            Objects.requireNonNull(server, "server");
            if (usage < Security.USAGE_CA_CONSTRAINT || usage > Security.USAGE_DOMAIN_ISSUED_CERTIFICATE) {
                throw new IllegalArgumentException("certificate usage " + usage + " is not 0, 1, 2 or 3");
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Certificates other && own.equals(other.own) && server.equals(other.server)
                    && usage == other.usage && Arrays.equals(ownPrivate.getEncoded(), other.ownPrivate.getEncoded());
        }

        @Override
        public int hashCode() {
            return Objects.hash(own, server, usage);
        }

        @Override
        public String toString() {
            return "certificates (usage " + usage + ")";
        }
    }

    ServerConnection {
        Objects.requireNonNull(uri, "uri");
        if ((pskIdentity == null) != (pskKey == null)) {
            throw new IllegalArgumentException("PSK identity and key go together");
        }
        if ((pskKey != null ? 1 : 0) + (rpk != null ? 1 : 0) + (x509 != null ? 1 : 0) > 1) {
            throw new IllegalArgumentException("a connection is PSK, Raw Public Key or Certificate, only one of them");
        }
        pskKey = pskKey == null ? null : pskKey.clone();
    }

    static ServerConnection plain(URI uri) {
        return new ServerConnection(uri, null, null, null, null);
    }

    static ServerConnection psk(URI uri, String identity, byte[] key) {
        return new ServerConnection(uri, identity, key, null, null);
    }

    static ServerConnection rpk(URI uri, RawPublicKeys keys) {
        return new ServerConnection(uri, null, null, Objects.requireNonNull(keys, "keys"), null);
    }

    static ServerConnection x509(URI uri, Certificates certificates) {
        return new ServerConnection(uri, null, null, null, Objects.requireNonNull(certificates, "certificates"));
    }

    /** Whether this is a DTLS (coaps) connection. */
    boolean secure() {
        return pskKey != null || rpk != null || x509 != null;
    }

    @Override
    public byte[] pskKey() {
        return pskKey == null ? null : pskKey.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServerConnection other && uri.equals(other.uri)
                && Objects.equals(pskIdentity, other.pskIdentity) && Arrays.equals(pskKey, other.pskKey)
                && Objects.equals(rpk, other.rpk) && Objects.equals(x509, other.x509);
    }

    @Override
    public int hashCode() {
        return (Objects.hash(uri, pskIdentity, rpk, x509) * 31) + Arrays.hashCode(pskKey);
    }

    @Override
    public String toString() {
        if (rpk != null) {
            return uri + " (raw public key)";
        }
        if (x509 != null) {
            return uri + " (certificate " + x509.own().getSubjectX500Principal().getName() + ")";
        }
        return pskKey != null ? uri + " (PSK identity " + pskIdentity + ")" : uri.toString();
    }
}
