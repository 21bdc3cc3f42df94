package org.lwm2m.gateway.engine;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.lwm2m.gateway.testing.LeshanTestServer;

/** A small certificate authority for the tests: EC P-256 keys, certificates valid from an hour ago for a day. */
final class TestPki {

    private static final AtomicLong SERIALS = new AtomicLong(1);

    /** A certificate and the private key that goes with it. */
    record Issued(X509Certificate certificate, PrivateKey privateKey) {
    }

    private TestPki() {
    }

    /** A self-signed CA certificate. */
    static Issued authority(String commonName) {
        KeyPair keys = LeshanTestServer.ecKeyPair();
        return issue(new X500Name("CN=" + commonName), keys, new X500Name("CN=" + commonName), keys.getPrivate(),
                builder -> builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                        .addExtension(Extension.keyUsage, true,
                                new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)));
    }

    /**
     * A server certificate from {@code ca} for 127.0.0.1, the address of the test servers; also good for a client,
     * as Leshan's DTLS endpoint, which may start handshakes itself, insists.
     */
    static Issued server(Issued ca, String commonName) {
        return endEntity(ca, commonName, new KeyPurposeId[] { KeyPurposeId.id_kp_serverAuth,
            KeyPurposeId.id_kp_clientAuth }, true);
    }

    /** A server certificate from {@code ca} that names no host or address. */
    static Issued unnamedServer(Issued ca, String commonName) {
        return endEntity(ca, commonName, new KeyPurposeId[] { KeyPurposeId.id_kp_serverAuth,
            KeyPurposeId.id_kp_clientAuth }, false);
    }

    /** A client certificate from {@code ca}; Leshan takes its CN as the client's endpoint name. */
    static Issued client(Issued ca, String endpoint) {
        return endEntity(ca, endpoint, new KeyPurposeId[] { KeyPurposeId.id_kp_clientAuth }, false);
    }

    private static Issued endEntity(Issued ca, String commonName, KeyPurposeId[] purposes, boolean loopbackName) {
        KeyPair keys = LeshanTestServer.ecKeyPair();
        return issue(new X500Name(ca.certificate().getSubjectX500Principal().getName()), keys,
                new X500Name("CN=" + commonName), ca.privateKey(), builder -> {
                    builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                            .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purposes));
                    if (loopbackName) {
                        builder.addExtension(Extension.subjectAlternativeName, false,
                                new GeneralNames(new GeneralName(GeneralName.iPAddress, "127.0.0.1")));
                    }
                });
    }

    @FunctionalInterface
    private interface Extensions {
        void add(X509v3CertificateBuilder builder) throws CertIOException;
    }

    private static Issued issue(X500Name issuer, KeyPair subjectKeys, X500Name subject, PrivateKey signer,
            Extensions extensions) {
        Instant now = Instant.now();
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                    BigInteger.valueOf(SERIALS.getAndIncrement()), Date.from(now.minus(Duration.ofHours(1))),
                    Date.from(now.plus(Duration.ofDays(1))), subject, subjectKeys.getPublic());
            extensions.add(builder);
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(signer)));
            return new Issued(certificate, subjectKeys.getPrivate());
        } catch (CertIOException | OperatorCreationException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot issue a test certificate", e);
        }
    }
}
