package org.lwm2m.gateway.engine;

import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertPath;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;

import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import javax.security.auth.x500.X500Principal;

import org.eclipse.californium.elements.util.CertPathUtil;
import org.eclipse.californium.elements.util.StringUtil;
import org.eclipse.californium.scandium.dtls.AlertMessage;
import org.eclipse.californium.scandium.dtls.AlertMessage.AlertDescription;
import org.eclipse.californium.scandium.dtls.AlertMessage.AlertLevel;
import org.eclipse.californium.scandium.dtls.CertificateMessage;
import org.eclipse.californium.scandium.dtls.CertificateType;
import org.eclipse.californium.scandium.dtls.CertificateVerificationResult;
import org.eclipse.californium.scandium.dtls.ConnectionId;
import org.eclipse.californium.scandium.dtls.HandshakeException;
import org.eclipse.californium.scandium.dtls.HandshakeResultHandler;
import org.eclipse.californium.scandium.dtls.x509.NewAdvancedCertificateVerifier;
import org.eclipse.californium.scandium.util.ServerNames;
import org.lwm2m.gateway.api.LwM2mIds.Security;

/**
 * Checks the certificate chain a server presents in the DTLS handshake against the Security object's Server Public
 * Key (4) as its Certificate Usage (15) says (LwM2M Core 1.1 §E.1.1, after RFC 6698):
 * <ul>
 * <li>3, domain-issued certificate (the default): the server's own certificate must be the one given, and valid
 * today; no CA is involved, so no host name is checked either: the certificate itself is pinned.</li>
 * <li>2, trust anchor assertion: the chain must lead to the certificate given, taken as the only trust anchor.</li>
 * <li>1, service certificate constraint: the server's own certificate must be the one given, and its chain must
 * lead to a CA this JVM trusts.</li>
 * <li>0, CA constraint: the chain must lead to a CA this JVM trusts and pass through the certificate given.</li>
 * </ul>
 * Where a CA vouches for the server (0, 1, 2), its certificate must also name the host of the server URI.
 */
final class ServerCertificateVerifier implements NewAdvancedCertificateVerifier {

    private final X509Certificate expected;
    private final long usage;
    private final String host;

    /** @param host the host of the server URI, which a certificate vouched for by a CA must name */
    ServerCertificateVerifier(X509Certificate expected, long usage, String host) {
        this.expected = expected;
        this.usage = usage;
        this.host = host;
    }

    @Override
    public List<CertificateType> getSupportedCertificateTypes() {
        return List.of(CertificateType.X_509);
    }

    @Override
    public CertificateVerificationResult verifyCertificate(ConnectionId cid, ServerNames serverName,
            InetSocketAddress remotePeer, boolean clientUsage, boolean verifySubject, boolean truncateCertificatePath,
            CertificateMessage message) {
        try {
            CertPath path = message.getCertificateChain();
            if (path == null || path.getCertificates().isEmpty()) {
                throw refused("the server sent no certificate", AlertDescription.BAD_CERTIFICATE);
            }
            X509Certificate leaf = (X509Certificate) path.getCertificates().get(0);
            if (!CertPathUtil.canBeUsedForAuthentication(leaf, false)) {
                throw refused("the server's certificate is not one for a server", AlertDescription.BAD_CERTIFICATE);
            }
            if (usage == Security.USAGE_DOMAIN_ISSUED_CERTIFICATE) {
                pinned(leaf);
                leaf.checkValidity();
                return new CertificateVerificationResult(cid, path, null);
            }
            if (usage == Security.USAGE_SERVICE_CERTIFICATE_CONSTRAINT) {
                pinned(leaf);
            }
            X509Certificate[] anchors = usage == Security.USAGE_TRUST_ANCHOR_ASSERTION
                    ? new X509Certificate[] { expected }
                    : jvmTrustAnchors();
            CertPath valid = CertPathUtil.validateCertificatePathWithIssuer(truncateCertificatePath, path, anchors);
            if (usage == Security.USAGE_CA_CONSTRAINT && !path.getCertificates().contains(expected)
                    && Arrays.stream(anchors).noneMatch(expected::equals)) {
                throw refused("the server's chain does not pass through the CA certificate given",
                        AlertDescription.BAD_CERTIFICATE);
            }
            boolean named = StringUtil.isLiteralIpAddress(host) ? CertPathUtil.matchLiteralIP(leaf, host)
                    : CertPathUtil.matchDestination(leaf, host);
            if (!named) {
                throw refused("the server's certificate does not name " + host, AlertDescription.BAD_CERTIFICATE);
            }
            return new CertificateVerificationResult(cid, valid, null);
        } catch (HandshakeException e) {
            return new CertificateVerificationResult(cid, e, null);
        } catch (CertificateException e) {
            return new CertificateVerificationResult(cid,
                    refused("the server's certificate is not valid now", AlertDescription.CERTIFICATE_EXPIRED), null);
        } catch (GeneralSecurityException e) {
            return new CertificateVerificationResult(cid, refused("the server's certificate chain is not trusted: "
                    + e.getMessage(), AlertDescription.BAD_CERTIFICATE), null);
        }
    }

    private void pinned(X509Certificate leaf) throws HandshakeException {
        if (!leaf.equals(expected)) {
            throw refused("the server's certificate is not the one in its Security instance",
                    AlertDescription.BAD_CERTIFICATE);
        }
    }

    private static HandshakeException refused(String why, AlertDescription alert) {
        return new HandshakeException(why, new AlertMessage(AlertLevel.FATAL, alert));
    }

    /** The CAs of the JVM's default trust store (its cacerts, or what javax.net.ssl.trustStore names). */
    private static X509Certificate[] jvmTrustAnchors() throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                return x509.getAcceptedIssuers();
            }
        }
        return new X509Certificate[0];
    }

    /** A client names no CAs to the server: it is the server that asks for client certificates. */
    @Override
    public List<X500Principal> getAcceptedIssuers() {
        return List.of();
    }

    /** Every answer is given at once, so there is nothing to hand over later. */
    @Override
    public void setResultHandler(HandshakeResultHandler resultHandler) {
        // verification is synchronous
    }
}
