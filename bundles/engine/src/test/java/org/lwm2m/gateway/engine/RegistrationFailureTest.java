package org.lwm2m.gateway.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lwm2m.gateway.engine.RdLeshanServer.await;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.californium.core.config.CoapConfig;
import org.eclipse.californium.elements.config.Configuration;
import org.eclipse.leshan.server.registration.Registration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.client.ClientEvent;
import org.lwm2m.gateway.api.client.ClientState;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.codec.link.LinkFormatCodec;
import org.lwm2m.gateway.codec.text.TextCodec;

/** What a client does when its server does not answer, refuses, or moves. */
class RegistrationFailureTest {

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

    /** CoAP exchanges that give up after 0.2 + 0.4 s, so that timeouts come quickly. */
    private static void shortExchanges(Configuration configuration) {
        configuration.set(CoapConfig.ACK_TIMEOUT, 200, TimeUnit.MILLISECONDS);
        configuration.set(CoapConfig.ACK_INIT_RANDOM, 1.0f);
        configuration.set(CoapConfig.MAX_RETRANSMIT, 1);
    }

    private void start(String endpoint, RdProvider security) {
        client = new ClientComponent(executors.scheduler(), endpoint, RegistrationTest.FAST,
                new ClientEndpointFactory(executors.scheduler(), RegistrationFailureTest::shortExchanges),
                RequestDispatcher::new);
        client.bindNodeCodec(new TextCodec());
        client.bindLinkCodec(new LinkFormatCodec());
        events = new RdEvents();
        client.addListener(events);
        client.bindProvider(security, Map.of());
        client.bindProvider(RdProvider.server(1, 300), Map.of());
        client.activate();
    }

    @Test
    void registerThatGetsNoAnswerFailsAndIsRetried() throws Exception {
        try (DatagramSocket silent = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            start("rd-silent", RdProvider.noSec("coap://127.0.0.1:" + silent.getLocalPort(), 1));

            assertEquals(List.of(), events.await(ClientEvent.REGISTRATION_FAILURE));
            assertEquals(List.of(), events.await(ClientEvent.REGISTRATION_FAILURE));
            assertTrue(client.registrationId().isEmpty());

            client.deactivate();
            assertEquals(ClientEvent.DISCONNECT, events.next().event());
            assertEquals(ClientState.STOPPED, client.state());
            client = null;
        }
    }

    @Test
    void updateThatGetsNoAnswerFailsAndTheClientRegistersAgain() throws Exception {
        // A server on a fixed port, so that it comes back where the client looks for it.
        leshan.close();
        int port;
        try (DatagramSocket probe = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            port = probe.getLocalPort();
        }
        leshan = new RdLeshanServer(port);
        start("rd-lost", RdProvider.noSec(leshan.coapUri().toString(), 1));
        Registration first = await(leshan.registered, "registration");
        events.await(ClientEvent.REGISTRATION_COMPLETE);

        leshan.server.stop();
        client.triggerUpdate();
        assertEquals(List.of(ClientEvent.REG_UPDATE), events.await(ClientEvent.REG_TIMEOUT));
        events.await(ClientEvent.REGISTRATION_FAILURE);
        leshan.server.start();

        events.await(ClientEvent.REGISTRATION_COMPLETE);
        Registration second = await(leshan.registered, "second registration");
        assertEquals("rd-lost", second.getEndpoint());
        assertEquals(first.getEndpoint(), second.getEndpoint());
    }

    @Test
    void unsupportedSecurityModeFailsUntilTheAccountIsFixed() throws Exception {
        RdProvider security = RdProvider.noSec(leshan.coapUri().toString(), 1);
        security.get(0).set(2, Value.of(2L));
        start("rd-cert", security);

        events.await(ClientEvent.REGISTRATION_FAILURE);
        assertEquals(ClientState.IDLE, client.state());
        assertNull(leshan.server.getRegistrationService().getByEndpoint("rd-cert"));

        client.set("0/0/2", 3);

        assertEquals(List.of(), events.await(ClientEvent.REGISTRATION_COMPLETE));
        assertEquals("rd-cert", await(leshan.registered, "registration").getEndpoint());
    }

    @Test
    void newServerUriMovesTheRegistrationToTheNewServer() throws Exception {
        start("rd-moving", RdProvider.noSec(leshan.coapUri().toString(), 1));
        Registration first = await(leshan.registered, "registration");
        events.await(ClientEvent.REGISTRATION_COMPLETE);

        try (RdLeshanServer other = new RdLeshanServer()) {
            client.set("0/0/0", other.coapUri().toString());

            assertEquals(first.getId(), await(leshan.unregistered, "de-registration at the old server").getId());
            assertEquals("rd-moving", await(other.registered, "registration at the new server").getEndpoint());
            assertEquals(List.of(ClientEvent.DEREGISTER), events.await(ClientEvent.REGISTRATION_COMPLETE));
            client.deactivate();
            await(other.unregistered, "de-registration at the new server");
            client = null;
        }
    }
}
