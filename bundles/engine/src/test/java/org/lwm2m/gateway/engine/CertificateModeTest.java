package org.lwm2m.gateway.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.security.cert.X509Certificate;

import org.eclipse.leshan.core.peer.X509Identity;
import org.eclipse.leshan.server.registration.Registration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lwm2m.gateway.api.LwM2mIds.Security;
import org.lwm2m.gateway.api.client.ClientEvent;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.api.object.ValueInstance;
import org.lwm2m.gateway.testing.LeshanTestServer;

/**
 * Security mode Certificate (2) against a real Leshan server that shows a certificate from a test CA: the client
 * proves itself with its certificate (3) and key (5) and checks the server's chain against the certificate in
 * Server Public Key (4) as the Certificate Usage (15) says.
 */
class CertificateModeTest {

    @RegisterExtension
    final ClientBench bench = new ClientBench();

    private final TestPki.Issued ca = TestPki.authority("lwm2m-gateway test CA");
    private final TestPki.Issued serverCertificate = TestPki.server(ca, "leshan");
    private LeshanTestServer leshan;
    private RdEvents events;

    @BeforeEach
    void serverWithCertificate() {
        serverShows(serverCertificate);
    }

    private void serverShows(TestPki.Issued certificate) {
        leshan = bench.restartLeshanWithCertificate(new LeshanTestServer.CertificateIdentity(
                new X509Certificate[] { certificate.certificate(), ca.certificate() }, certificate.privateKey(),
                new X509Certificate[] { ca.certificate() }));
    }

    /** A Security object with one Certificate account, certificates and key in their DER encodings. */
    private void start(String endpoint, X509Certificate serverOrCa, Long usage) throws Exception {
        TestPki.Issued own = TestPki.client(ca, endpoint);
        leshan.addX509(endpoint);
        TestProvider security = new TestProvider(TestObjects.SECURITY);
        ValueInstance account = security.add(0);
        account.set(Security.SERVER_URI, Value.of(leshan.coapsUri().toString()))
                .set(Security.BOOTSTRAP_SERVER, Value.of(false)).set(Security.SECURITY_MODE, Value.of(2L))
                .set(Security.PUBLIC_KEY_OR_IDENTITY, Value.of(own.certificate().getEncoded()))
                .set(Security.SERVER_PUBLIC_KEY, Value.of(serverOrCa.getEncoded()))
                .set(Security.SECRET_KEY, Value.of(own.privateKey().getEncoded()))
                .set(Security.SHORT_SERVER_ID, Value.of(1L));
        if (usage != null) {
            account.set(Security.CERTIFICATE_USAGE, Value.of(usage));
        }
        events = bench.events(bench.dtlsClient(endpoint, security));
    }

    private void assertRegistered(String endpoint) throws InterruptedException {
        Registration registration = leshan.registrations().next();
        events.await(ClientEvent.REGISTRATION_COMPLETE);
        assertEquals(endpoint, registration.getEndpoint());
        assertEquals(new X509Identity(endpoint), registration.getClientTransportData().getIdentity());
    }

    private void assertRefused(String endpoint) throws InterruptedException {
        events.await(ClientEvent.REGISTRATION_FAILURE);
        assertNull(leshan.registration(endpoint));
    }

    @Test
    void registersWithTheServersOwnCertificatePinnedByDefault() throws Exception {
        start("rd-x509-pinned", serverCertificate.certificate(), null);
        assertRegistered("rd-x509-pinned");
    }

    @Test
    void registersWithTheCaAsTrustAnchor() throws Exception {
        start("rd-x509-anchor", ca.certificate(), Security.USAGE_TRUST_ANCHOR_ASSERTION);
        assertRegistered("rd-x509-anchor");
    }

    @Test
    void aCertificateVouchedForByTheCaMustNameTheServersAddress() throws Exception {
        serverShows(TestPki.unnamedServer(ca, "leshan"));
        start("rd-x509-unnamed", ca.certificate(), Security.USAGE_TRUST_ANCHOR_ASSERTION);
        assertRefused("rd-x509-unnamed");
    }

    @Test
    void anotherCertificateOfTheSameCaIsNotTheServersOwn() throws Exception {
        start("rd-x509-other", TestPki.server(ca, "not-leshan").certificate(),
                Security.USAGE_DOMAIN_ISSUED_CERTIFICATE);
        assertRefused("rd-x509-other");
    }

    @Test
    void anotherCaIsNoTrustAnchorForTheServer() throws Exception {
        start("rd-x509-other-ca", TestPki.authority("another CA").certificate(),
                Security.USAGE_TRUST_ANCHOR_ASSERTION);
        assertRefused("rd-x509-other-ca");
    }

    @Test
    void aPinnedCertificateStillNeedsACaTheJvmTrustsUnderServiceCertificateConstraint() throws Exception {
        start("rd-x509-service", serverCertificate.certificate(), Security.USAGE_SERVICE_CERTIFICATE_CONSTRAINT);
        assertRefused("rd-x509-service");
    }
}
