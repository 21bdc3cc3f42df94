package org.lwm2m.gateway.api.client;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.List;

/**
 * The keys and certificates of security modes Raw Public Key and Certificate as the Security object and the client
 * configuration hold them (Core 1.1 §E.1): public keys in their SubjectPublicKeyInfo DER encoding, the client's private
 * key in PKCS #8 DER, certificates in X.509 DER. EC keys (P-256 and the other curves of the JDK) and Ed25519/Ed448.
 */
public final class KeyEncodings {

    private static final List<String> ALGORITHMS = List.of("EC", "Ed25519", "Ed448");

    private KeyEncodings() {
    }

    /** @throws IllegalArgumentException if the bytes are no public key of a supported algorithm */
    public static PublicKey publicKey(byte[] subjectPublicKeyInfo) {
        return decoded(factory -> factory.generatePublic(new X509EncodedKeySpec(subjectPublicKeyInfo)),
                "not an EC or EdDSA public key in SubjectPublicKeyInfo DER");
    }

    /** @throws IllegalArgumentException if the bytes are no private key of a supported algorithm */
    public static PrivateKey privateKey(byte[] pkcs8) {
        return decoded(factory -> factory.generatePrivate(new PKCS8EncodedKeySpec(pkcs8)),
                "not an EC or EdDSA private key in PKCS #8 DER");
    }

    /** @throws IllegalArgumentException if the bytes are no X.509 certificate in DER */
    public static X509Certificate certificate(byte[] der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw new IllegalArgumentException("not an X.509 certificate in DER", e);
        }
    }

    /** A key decoded by the first algorithm that takes it. */
    private static <K> K decoded(KeyDecoding<K> decoding, String refusal) {
        for (String algorithm : ALGORITHMS) {
            try {
                return decoding.decode(KeyFactory.getInstance(algorithm));
            } catch (GeneralSecurityException e) {
                // not a key of this algorithm: try the next one
            }
        }
        throw new IllegalArgumentException(refusal);
    }

    @FunctionalInterface
    private interface KeyDecoding<K> {
        K decode(KeyFactory factory) throws GeneralSecurityException;
    }
}
