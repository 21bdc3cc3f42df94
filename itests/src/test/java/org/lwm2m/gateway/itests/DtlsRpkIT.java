package org.lwm2m.gateway.itests;

import static org.junit.Assert.assertEquals;

import java.security.KeyPair;
import java.util.HexFormat;
import java.util.Hashtable;

import org.eclipse.leshan.core.ResponseCode;
import org.eclipse.leshan.core.peer.IpPeer;
import org.eclipse.leshan.core.peer.RpkIdentity;
import org.eclipse.leshan.core.request.ContentFormat;
import org.eclipse.leshan.core.request.ReadRequest;
import org.eclipse.leshan.core.response.ReadResponse;
import org.eclipse.leshan.server.registration.Registration;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.lwm2m.gateway.api.client.ClientConfiguration;
import org.lwm2m.gateway.testing.LeshanTestServer;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Registration over DTLS with raw public keys from the client configuration (as the console, a file or Karaf's
 * config: commands give it): the Security object carries them to the engine, and a Leshan server that knows the
 * client's key lets it in.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DtlsRpkIT extends WithGatewayHarness {

    private static final String ENDPOINT = "it-rpk";

    @Test
    public void registersWithTheRawPublicKeysOfItsConfiguration() throws Exception {
        KeyPair own = LeshanTestServer.ecKeyPair();
        harness().leshan().addRpk(ENDPOINT, own.getPublic());
        HexFormat hex = HexFormat.of();
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(ClientConfiguration.ENDPOINT, ENDPOINT);
        properties.put(ClientConfiguration.SERVER_URI, harness().leshan().coapsUri().toString());
        properties.put(ClientConfiguration.RPK_PUBLIC_KEY, hex.formatHex(own.getPublic().getEncoded()));
        properties.put(ClientConfiguration.RPK_PRIVATE_KEY, hex.formatHex(own.getPrivate().getEncoded()));
        properties.put(ClientConfiguration.SERVER_PUBLIC_KEY,
                hex.formatHex(harness().leshan().publicKey().getEncoded()));
        harness().configure(properties);

        Registration registration = harness().awaitRegistered(ENDPOINT);

        assertEquals(new RpkIdentity(own.getPublic()), ((IpPeer) registration.getClientTransportData()).getIdentity());
        ReadResponse read = harness().leshan().send(registration, new ReadRequest(ContentFormat.TEXT, 3, 0, 0));
        assertEquals("read over DTLS: " + read, ResponseCode.CONTENT, read.getCode());
    }
}
