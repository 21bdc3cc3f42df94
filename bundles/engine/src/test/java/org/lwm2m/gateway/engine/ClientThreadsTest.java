package org.lwm2m.gateway.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lwm2m.gateway.api.client.ClientEvent;

/**
 * A running client adds only its connector's threads (UDP: a receiver and a sender; DTLS: a receiver), all else runs
 * on the shared engine threads; a stopped client leaves no thread and no socket behind.
 */
class ClientThreadsTest {

    @RegisterExtension
    final ClientBench bench = new ClientBench();

    private static Set<Thread> threads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).collect(Collectors.toSet());
    }

    private static Set<String> names(Set<Thread> threads) {
        return threads.stream().map(Thread::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    private ClientComponent start(String endpoint, TestProvider security) throws InterruptedException {
        ClientComponent client = bench.client(endpoint);
        client.bindProvider(security, Map.of());
        client.bindProvider(RdObjects.server(1, 300), Map.of());
        client.activate();
        bench.events(client).await(ClientEvent.REGISTRATION_COMPLETE);
        return client;
    }

    @Test
    void stoppedClientsLeaveNoThreadOrSocket() throws Exception {
        byte[] key = "thread-test-key".getBytes(StandardCharsets.UTF_8);
        bench.leshan().addPsk("rd-threads-dtls", "rd-threads-id", key);
        // The server starts some of its threads lazily, at its first exchange: let one happen before counting.
        start("rd-warm-up", bench.noSecAccount()).deactivate();
        bench.leshan().registrations().next();
        Set<Thread> before = threads();

        ClientComponent udp = start("rd-threads-udp", bench.noSecAccount());
        ClientComponent dtls = start("rd-threads-dtls", bench.pskAccount("rd-threads-id", key));
        InetSocketAddress udpAddress = udp.registrationWith(1).localAddress().orElseThrow();
        InetSocketAddress dtlsAddress = dtls.registrationWith(1).localAddress().orElseThrow();
        Set<Thread> started = threads();
        started.removeAll(before);
        Set<String> running = names(started);
        assertEquals(3, running.size(), running::toString);
        assertEquals(1, running.stream().filter(n -> n.startsWith("UDP-Receiver-")).count(), running::toString);
        assertEquals(1, running.stream().filter(n -> n.startsWith("UDP-Sender-")).count(), running::toString);
        assertEquals(1, running.stream().filter(n -> n.startsWith("DTLS-Receiver-")).count(), running::toString);

        udp.deactivate();
        dtls.deactivate();

        for (Thread t : started) {
            t.join(5000);
        }
        Set<Thread> after = threads();
        after.removeAll(before);
        assertEquals(Set.of(), names(after), "threads left behind");
        try (DatagramSocket s = new DatagramSocket(udpAddress.getPort())) {
            assertTrue(s.isBound());
        }
        try (DatagramSocket s = new DatagramSocket(dtlsAddress.getPort())) {
            assertTrue(s.isBound());
        }
    }
}
