package org.lwm2m.gateway.itests;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Hashtable;

import org.eclipse.leshan.core.ResponseCode;
import org.eclipse.leshan.core.peer.IpPeer;
import org.eclipse.leshan.core.peer.X509Identity;
import org.eclipse.leshan.core.request.ContentFormat;
import org.eclipse.leshan.core.request.ReadRequest;
import org.eclipse.leshan.core.response.ReadResponse;
import org.eclipse.leshan.server.registration.Registration;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.lwm2m.gateway.api.client.ClientConfiguration;
import org.lwm2m.gateway.api.client.KeyEncodings;
import org.lwm2m.gateway.testing.LeshanTestServer;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Registration over DTLS with X.509 certificates from the client configuration: a Leshan server shows a certificate
 * from a test CA, the client proves itself with its own certificate from that CA and trusts the CA as its only trust
 * anchor (Certificate Usage 2). The certificates are fixtures made once with OpenSSL (valid until 2126): the CA, the
 * server's for 127.0.0.1 and the client's for the endpoint name it-x509, which Leshan takes from its CN.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DtlsX509IT extends WithGatewayHarness {

    private static final String ENDPOINT = "it-x509";

    private static byte[] fixture(String name) {
        try (InputStream in = DtlsX509IT.class.getResourceAsStream("/x509/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected LeshanTestServer startServer() {
        X509Certificate ca = KeyEncodings.certificate(fixture("ca.crt.der"));
        return LeshanTestServer.startWithCertificate(new LeshanTestServer.CertificateIdentity(
                new X509Certificate[] { KeyEncodings.certificate(fixture("server.crt.der")), ca },
                KeyEncodings.privateKey(fixture("server.key.der")), new X509Certificate[] { ca }));
    }

    @Test
    public void registersWithTheCertificatesOfItsConfiguration() throws Exception {
        harness().leshan().addX509(ENDPOINT);
        HexFormat hex = HexFormat.of();
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(ClientConfiguration.ENDPOINT, ENDPOINT);
        properties.put(ClientConfiguration.SERVER_URI, harness().leshan().coapsUri().toString());
        properties.put(ClientConfiguration.X509_CERTIFICATE, hex.formatHex(fixture("client.crt.der")));
        properties.put(ClientConfiguration.X509_PRIVATE_KEY, hex.formatHex(fixture("client.key.der")));
        properties.put(ClientConfiguration.SERVER_CERTIFICATE, hex.formatHex(fixture("ca.crt.der")));
        properties.put(ClientConfiguration.CERTIFICATE_USAGE, 2L);
        harness().configure(properties);

        Registration registration = harness().awaitRegistered(ENDPOINT);

        assertEquals(new X509Identity(ENDPOINT), ((IpPeer) registration.getClientTransportData()).getIdentity());
        ReadResponse read = harness().leshan().send(registration, new ReadRequest(ContentFormat.TEXT, 3, 0, 0));
        assertEquals("read over DTLS: " + read, ResponseCode.CONTENT, read.getCode());
    }
}
