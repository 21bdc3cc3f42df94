package org.lwm2m.gateway.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lwm2m.gateway.engine.RdLeshanServer.await;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.californium.elements.config.Configuration;
import org.eclipse.californium.scandium.config.DtlsConfig;
import org.eclipse.leshan.core.peer.PskIdentity;
import org.eclipse.leshan.server.registration.Registration;
import org.eclipse.leshan.server.security.SecurityInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.client.ClientEvent;
import org.lwm2m.gateway.api.client.ClientState;
import org.lwm2m.gateway.codec.link.LinkFormatCodec;
import org.lwm2m.gateway.codec.text.TextCodec;
import org.lwm2m.gateway.codec.tlv.TlvCodec;

/** Registration over CoAP/DTLS with a pre-shared key, against a real Leshan server. */
class SecureRegistrationTest {

    private static final byte[] KEY = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private EngineExecutors executors;
    private RdLeshanServer leshan;
    private ClientComponent client;
    private RdEvents events;

    @BeforeEach
    void setUp() {
        executors = new EngineExecutors(2);
        executors.activate();
        leshan = new RdLeshanServer();
    }

    @AfterEach
    void tearDown() {
        if (client != null) {
            client.deactivate();
        }
        leshan.close();
        executors.deactivate();
    }

    private void start(String endpoint, String identity, byte[] key) {
        client = new ClientComponent(executors.scheduler(), endpoint, RegistrationTest.FAST,
                new ClientEndpointFactory(executors.scheduler(), SecureRegistrationTest::shortHandshakes),
                RequestDispatcher::new);
        client.bindNodeCodec(new TextCodec());
        client.bindNodeCodec(new TlvCodec());
        client.bindLinkCodec(new LinkFormatCodec());
        events = new RdEvents();
        client.addListener(events);
        client.bindProvider(RdProvider.psk(leshan.coapsUri().toString(), 1, identity, key), Map.of());
        client.bindProvider(RdProvider.server(1, 300), Map.of());
        client.bindProvider(RdProvider.device(), Map.of());
        client.activate();
    }

    /** A server drops the Finished of a wrong key silently, so the client only learns it by timing out. */
    private static void shortHandshakes(Configuration configuration) {
        configuration.set(DtlsConfig.DTLS_RETRANSMISSION_TIMEOUT, 300, TimeUnit.MILLISECONDS);
        configuration.set(DtlsConfig.DTLS_MAX_RETRANSMISSIONS, 1);
    }

    @Test
    void registersUpdatesAndDeregistersOverDtlsWithPsk() throws Exception {
        leshan.securityStore.add(SecurityInfo.newPreSharedKeyInfo("rd-psk", "rd-psk-identity", KEY));
        start("rd-psk", "rd-psk-identity", KEY);

        Registration reg = await(leshan.registered, "registration");
        events.await(ClientEvent.REGISTRATION_COMPLETE);
        assertEquals("rd-psk", reg.getEndpoint());
        assertEquals(new PskIdentity("rd-psk-identity"), reg.getClientTransportData().getIdentity());

        client.triggerUpdate();
        assertEquals(reg.getId(), await(leshan.updates, "update").getRegistrationId());

        client.deactivate();
        assertEquals(reg.getId(), await(leshan.unregistered, "de-registration").getId());
        events.await(ClientEvent.DEREGISTER);
    }

    @Test
    void wrongKeyFailsRegistrationAndIsRetried() throws Exception {
        leshan.securityStore.add(SecurityInfo.newPreSharedKeyInfo("rd-bad-key", "rd-bad-key-identity", KEY));
        byte[] wrong = KEY.clone();
        wrong[0] ^= 1;
        start("rd-bad-key", "rd-bad-key-identity", wrong);

        assertEquals(List.of(), events.await(ClientEvent.REGISTRATION_FAILURE));
        assertNotEquals(ClientState.REGISTERED, client.state());
        events.await(ClientEvent.REGISTRATION_FAILURE);
        assertNull(leshan.server.getRegistrationService().getByEndpoint("rd-bad-key"));
        assertTrue(leshan.registered.isEmpty());
    }
}
