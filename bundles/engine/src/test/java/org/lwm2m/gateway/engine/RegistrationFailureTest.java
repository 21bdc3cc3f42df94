package org.lwm2m.gateway.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.californium.core.config.CoapConfig;
import org.eclipse.californium.elements.config.Configuration;
import org.eclipse.leshan.server.registration.Registration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lwm2m.gateway.api.client.ClientEvent;
import org.lwm2m.gateway.api.client.ClientState;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.testing.LeshanTestServer;

/** What a client does when its server does not answer, refuses, or moves. */
class RegistrationFailureTest {

    @RegisterExtension
    final ClientBench bench = new ClientBench();

    private ClientComponent client;
    private RdEvents events;

    /** CoAP exchanges that give up after 0.2 + 0.4 s, so that timeouts come quickly. */
    private static void shortExchanges(Configuration configuration) {
        configuration.set(CoapConfig.ACK_TIMEOUT, 200, TimeUnit.MILLISECONDS);
        configuration.set(CoapConfig.ACK_INIT_RANDOM, 1.0f);
        configuration.set(CoapConfig.MAX_RETRANSMIT, 1);
    }

    private void start(String endpoint, TestProvider security) {
        client = bench.client(endpoint, ClientBench.FAST, RegistrationFailureTest::shortExchanges);
        events = bench.events(client);
        client.bindProvider(security, Map.of());
        client.bindProvider(RdObjects.server(1, 300), Map.of());
        client.activate();
    }

    @Test
    void registerThatGetsNoAnswerFailsAndIsRetried() throws Exception {
        try (DatagramSocket silent = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            start("rd-silent", RdObjects.noSec("coap://127.0.0.1:" + silent.getLocalPort(), 1));

            assertEquals(List.of(), events.await(ClientEvent.REGISTRATION_FAILURE));
            assertEquals(List.of(), events.await(ClientEvent.REGISTRATION_FAILURE));
            assertTrue(client.registration(1).orElseThrow().location().isEmpty());

            client.deactivate();
            assertEquals(ClientEvent.DISCONNECT, events.next().event());
            assertEquals(List.of(), client.registrations(), "a stopped client has no registration");
        }
    }

    @Test
    void updateThatGetsNoAnswerFailsAndTheClientRegistersAgain() throws Exception {
        // A server on a fixed port, so that it comes back where the client looks for it.
        int port;
        try (DatagramSocket probe = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            port = probe.getLocalPort();
        }
        LeshanTestServer leshan = bench.restartLeshanOn(port);
        start("rd-lost", bench.noSecAccount());
        Registration first = leshan.registrations().next();
        events.await(ClientEvent.REGISTRATION_COMPLETE);

        leshan.server().stop();
        client.triggerUpdate();
        assertEquals(List.of(ClientEvent.REG_UPDATE), events.await(ClientEvent.REG_TIMEOUT));
        events.await(ClientEvent.REGISTRATION_FAILURE);
        leshan.server().start();

        events.await(ClientEvent.REGISTRATION_COMPLETE);
        Registration second = leshan.registrations().next();
        assertEquals("rd-lost", second.getEndpoint());
        assertEquals(first.getEndpoint(), second.getEndpoint());
    }

    @Test
    void unsupportedSecurityModeFailsUntilTheAccountIsFixed() throws Exception {
        TestProvider security = bench.noSecAccount();
        security.get(0).set(2, Value.of(2L));
        start("rd-cert", security);

        events.await(ClientEvent.REGISTRATION_FAILURE);
        assertEquals(ClientState.IDLE, client.registration(1).orElseThrow().state());
        assertNull(bench.leshan().registration("rd-cert"));

        client.set("0/0/2", 3);

        assertEquals(List.of(), events.await(ClientEvent.REGISTRATION_COMPLETE));
        assertEquals("rd-cert", bench.leshan().registrations().next().getEndpoint());
    }

    @Test
    void newServerUriMovesTheRegistrationToTheNewServer() throws Exception {
        LeshanTestServer leshan = bench.leshan();
        start("rd-moving", bench.noSecAccount());
        Registration first = leshan.registrations().next();
        events.await(ClientEvent.REGISTRATION_COMPLETE);

        try (LeshanTestServer other = LeshanTestServer.start()) {
            client.set("0/0/0", other.coapUri().toString());

            assertEquals(first.getId(), leshan.unregistrations().next().registration().getId());
            assertEquals("rd-moving", other.registrations().next().getEndpoint());
            assertEquals(List.of(ClientEvent.DEREGISTER), events.await(ClientEvent.REGISTRATION_COMPLETE));
            client.deactivate();
            assertTrue(other.unregistrations().next().deregistered());
        }
    }
}
