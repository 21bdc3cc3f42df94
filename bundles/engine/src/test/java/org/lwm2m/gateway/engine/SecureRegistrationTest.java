package org.lwm2m.gateway.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.leshan.core.peer.PskIdentity;
import org.eclipse.leshan.server.registration.Registration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lwm2m.gateway.api.client.ClientEvent;
import org.lwm2m.gateway.api.client.ClientState;
import org.lwm2m.gateway.testing.LeshanTestServer;

/** Registration over CoAP/DTLS with a pre-shared key, against a real Leshan server. */
class SecureRegistrationTest {

    private static final byte[] KEY = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    @RegisterExtension
    final ClientBench bench = new ClientBench();

    private ClientComponent client;
    private RdEvents events;

    private void start(String endpoint, String identity, byte[] key) {
        client = bench.dtlsClient(endpoint, bench.pskAccount(identity, key));
        events = bench.events(client);
    }

    @Test
    void registersUpdatesAndDeregistersOverDtlsWithPsk() throws Exception {
        LeshanTestServer leshan = bench.leshan();
        leshan.addPsk("rd-psk", "rd-psk-identity", KEY);
        start("rd-psk", "rd-psk-identity", KEY);

        Registration reg = leshan.registrations().next();
        events.await(ClientEvent.REGISTRATION_COMPLETE);
        assertEquals("rd-psk", reg.getEndpoint());
        assertEquals(new PskIdentity("rd-psk-identity"), reg.getClientTransportData().getIdentity());

        client.triggerUpdate();
        assertEquals(reg.getId(), leshan.updates().next().update().getRegistrationId());

        client.deactivate();
        assertEquals(reg.getId(), leshan.unregistrations().next().registration().getId());
        events.await(ClientEvent.DEREGISTER);
    }

    @Test
    void wrongKeyFailsRegistrationAndIsRetried() throws Exception {
        LeshanTestServer leshan = bench.leshan();
        leshan.addPsk("rd-bad-key", "rd-bad-key-identity", KEY);
        byte[] wrong = KEY.clone();
        wrong[0] ^= 1;
        start("rd-bad-key", "rd-bad-key-identity", wrong);

        assertEquals(List.of(), events.await(ClientEvent.REGISTRATION_FAILURE));
        assertNotEquals(ClientState.REGISTERED, client.registration(1).orElseThrow().state());
        events.await(ClientEvent.REGISTRATION_FAILURE);
        assertNull(leshan.registration("rd-bad-key"));
        assertTrue(leshan.registrations().isEmpty());
    }
}
