package org.lwm2m.gateway.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.security.KeyPair;
import java.security.PublicKey;

import org.eclipse.leshan.core.peer.RpkIdentity;
import org.eclipse.leshan.server.registration.Registration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lwm2m.gateway.api.client.ClientEvent;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.testing.LeshanTestServer;

/**
 * Security mode Raw Public Key (1): the client proves itself with its key pair and trusts only the server's public
 * key from its Security instance (3 its public key, 4 the server's, 5 its private key), against a real Leshan server.
 */
class RawPublicKeyTest {

    @RegisterExtension
    final ClientBench bench = new ClientBench();

    private ClientComponent client;
    private RdEvents events;

    /** A Security object with one Raw Public Key account, keys in their DER encodings. */
    private static TestProvider rpkAccount(String uri, KeyPair own, PublicKey server) {
        TestProvider p = new TestProvider(TestObjects.SECURITY);
        p.add(0).set(0, Value.of(uri)).set(1, Value.of(false)).set(2, Value.of(1L))
                .set(3, Value.of(own.getPublic().getEncoded())).set(4, Value.of(server.getEncoded()))
                .set(5, Value.of(own.getPrivate().getEncoded())).set(10, Value.of(1L));
        return p;
    }

    private void start(String endpoint, KeyPair own, PublicKey trusted) {
        client = bench.dtlsClient(endpoint, rpkAccount(bench.leshan().coapsUri().toString(), own, trusted));
        events = bench.events(client);
    }

    @Test
    void registersWithItsKeyPairAndTheServersPublicKey() throws Exception {
        LeshanTestServer leshan = bench.leshan();
        KeyPair own = LeshanTestServer.ecKeyPair();
        leshan.addRpk("rd-rpk", own.getPublic());
        start("rd-rpk", own, leshan.publicKey());

        Registration registration = leshan.registrations().next();
        events.await(ClientEvent.REGISTRATION_COMPLETE);
        assertEquals("rd-rpk", registration.getEndpoint());
        assertEquals(new RpkIdentity(own.getPublic()), registration.getClientTransportData().getIdentity());
    }

    @Test
    void aServerWithAnotherKeyIsNotTrusted() throws Exception {
        LeshanTestServer leshan = bench.leshan();
        KeyPair own = LeshanTestServer.ecKeyPair();
        leshan.addRpk("rd-rpk-untrusted", own.getPublic());
        start("rd-rpk-untrusted", own, LeshanTestServer.ecKeyPair().getPublic());

        events.await(ClientEvent.REGISTRATION_FAILURE);
        assertNull(leshan.registration("rd-rpk-untrusted"));
    }
}
