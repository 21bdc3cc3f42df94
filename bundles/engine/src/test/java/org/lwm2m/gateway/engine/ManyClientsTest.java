package org.lwm2m.gateway.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eclipse.leshan.core.ResponseCode;
import org.eclipse.leshan.core.node.LwM2mSingleResource;
import org.eclipse.leshan.core.request.ContentFormat;
import org.eclipse.leshan.core.request.ReadRequest;
import org.eclipse.leshan.core.response.ReadResponse;
import org.eclipse.leshan.server.registration.Registration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lwm2m.gateway.api.client.ClientEvent;
import org.lwm2m.gateway.testing.Arrivals;
import org.lwm2m.gateway.testing.LeshanTestServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's scaling contract with many clients in one JVM against one real Leshan server: every client
 * registers and answers with its own objects, the clients together run on the shared engine threads plus exactly a
 * UDP receiver and a UDP sender each, and stopped clients de-register and leave no thread behind.
 */
class ManyClientsTest {

    private static final Logger LOG = LoggerFactory.getLogger(ManyClientsTest.class);

    private static final int CLIENTS = 100;
    /** Every this many clients, one gets read by the server. */
    private static final int SAMPLE_STRIDE = 10;
    private static final int SCHEDULER_THREADS = 2;
    private static final int CALLBACK_THREADS = 2;
    /** How long all clients together may take to register, or to de-register: generous, as for a loaded machine. */
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    /** Each client gets its own lifetime, so that a registration or a read shows whose Server object answered. */
    private static final long BASE_LIFETIME = 1000;
    /** Californium's CoapServer, which Leshan runs, names the threads of its pools so. */
    private static final String LESHAN_PROTOCOL_THREAD_PREFIX = "CoapServer(";

    @RegisterExtension
    final ClientBench bench = new ClientBench(SCHEDULER_THREADS, CALLBACK_THREADS);

    private static String endpoint(int i) {
        return "many-" + i;
    }

    private static long lifetime(int i) {
        return BASE_LIFETIME + i;
    }

    private static Set<Thread> threads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).collect(Collectors.toSet());
    }

    /**
     * The live threads that are not in {@code before} and not the server's. Leshan's CoAP server starts a protocol
     * thread per task until it has one per core, so under load it may start more than its first exchange did; the
     * clients never start such a thread, as their endpoints run on the engine's executors.
     */
    private static Set<Thread> newClientSideThreads(Set<Thread> before) {
        Set<Thread> threads = threads();
        threads.removeAll(before);
        threads.removeIf(t -> t.getName().startsWith(LESHAN_PROTOCOL_THREAD_PREFIX));
        return threads;
    }

    /** How many threads have each name (all clients' connector threads have the same names). */
    private static Map<String, Long> names(Set<Thread> threads) {
        return threads.stream().collect(Collectors.groupingBy(Thread::getName, TreeMap::new, Collectors.counting()));
    }

    private static long sharedEngineThreads(Set<Thread> threads) {
        return threads.stream().map(Thread::getName).filter(n -> n.startsWith(EngineExecutors.THREAD_PREFIX)
                || n.startsWith(EngineExecutors.CALLBACK_PREFIX)).count();
    }

    private static long count(Set<Thread> threads, String namePrefix) {
        return threads.stream().filter(t -> t.getName().startsWith(namePrefix)).count();
    }

    @Test
    void hundredClientsShareTheEngineThreadsAndLeaveNothingBehind() throws Exception {
        LeshanTestServer leshan = bench.leshan();
        warmUp(leshan);
        Set<Thread> before = threads();
        assertEquals(SCHEDULER_THREADS + CALLBACK_THREADS, sharedEngineThreads(before), () -> names(before)
                .toString());

        TestProvider device = RdObjects.device();
        List<ClientComponent> clients = new ArrayList<>();
        long startNanos = System.nanoTime();
        for (int i = 0; i < CLIENTS; i++) {
            ClientComponent client = bench.client(endpoint(i));
            client.bindProvider(bench.noSecAccount(), Map.of());
            client.bindProvider(RdObjects.server(1, lifetime(i)), Map.of());
            client.bindProvider(device, Map.of());
            client.activate();
            clients.add(client);
        }
        Map<String, Registration> registrations = collect(leshan.registrations(), Registration::getEndpoint,
                r -> true);
        long registerMillis = Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
        assertEquals(1 + CLIENTS, leshan.registrations().all().size(), "a client registered more than once");
        for (int i = 0; i < CLIENTS; i++) {
            assertEquals(lifetime(i), registrations.get(endpoint(i)).getLifeTimeInSec(), endpoint(i));
            assertEquals(List.of(), bench.events(clients.get(i)).await(ClientEvent.REGISTRATION_COMPLETE),
                    endpoint(i) + " had trouble registering");
        }

        for (int i = 0; i < CLIENTS; i += SAMPLE_STRIDE) {
            Registration registration = registrations.get(endpoint(i));
            assertEquals("lwm2m-gateway", read(leshan, registration, 3, 0, 0), endpoint(i));
            assertEquals(lifetime(i), read(leshan, registration, 1, 0, 1), endpoint(i));
        }

        Set<Thread> started = newClientSideThreads(before);
        assertEquals(SCHEDULER_THREADS + CALLBACK_THREADS, sharedEngineThreads(threads()), "shared engine threads");
        Map<String, Long> startedNames = names(started);
        assertEquals(CLIENTS, count(started, "UDP-Receiver-"), () -> "UDP receivers among " + startedNames);
        assertEquals(CLIENTS, count(started, "UDP-Sender-"), () -> "UDP senders among " + startedNames);
        assertEquals(2 * CLIENTS, started.size(), () -> "threads besides the shared ones: " + startedNames);

        long stopNanos = System.nanoTime();
        clients.forEach(ClientComponent::deactivate);
        Map<String, LeshanTestServer.Unregistration> ended = collect(leshan.unregistrations(),
                u -> u.registration().getEndpoint(), LeshanTestServer.Unregistration::deregistered);
        long stopMillis = Duration.ofNanos(System.nanoTime() - stopNanos).toMillis();
        assertEquals(registrations.keySet(), ended.keySet());
        assertEquals(List.of(), leshan.unregistrations().all().stream().filter(u -> !u.deregistered()).toList(),
                "registrations that ended otherwise than by De-register");
        assertFalse(leshan.server().getRegistrationService().getAllRegistrations().hasNext(),
                "the server still has registrations");
        for (ClientComponent client : clients) {
            assertEquals(List.of(ClientEvent.DEREGISTER), bench.events(client).await(ClientEvent.DISCONNECT),
                    client.endpoint());
        }

        for (Thread t : started) {
            t.join(Arrivals.TIMEOUT.toMillis());
        }
        assertEquals(Map.of(), names(newClientSideThreads(before)), "threads left behind");

        LOG.info("{} clients: all registered in {} ms, all de-registered in {} ms; {} threads before them, {} more "
                + "while they ran", CLIENTS, registerMillis, stopMillis, before.size(), started.size());
    }

    /** Lets the server start the threads it starts at its first exchange, so that they do not count as clients'. */
    private void warmUp(LeshanTestServer leshan) throws InterruptedException {
        ClientComponent warmUp = bench.client("many-warm-up");
        warmUp.bindProvider(bench.noSecAccount(), Map.of());
        warmUp.bindProvider(RdObjects.server(1, BASE_LIFETIME), Map.of());
        warmUp.activate();
        bench.events(warmUp).await(ClientEvent.REGISTRATION_COMPLETE);
        warmUp.deactivate();
        leshan.registrations().next();
        leshan.unregistrations().next();
    }

    /**
     * Takes arrivals until one that {@code counts} has come for each of the {@link #CLIENTS} endpoints, all within
     * {@link #DEADLINE}; returns the last of each by endpoint.
     */
    private static <T> Map<String, T> collect(Arrivals<T> arrivals, Function<T, String> endpoint,
            Predicate<T> counts) throws InterruptedException {
        Map<String, T> byEndpoint = new HashMap<>();
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (byEndpoint.size() < CLIENTS) {
            Duration left = Duration.ofNanos(deadline - System.nanoTime());
            T next = arrivals.poll(counts, left.isNegative() ? Duration.ZERO : left)
                    .orElseThrow(() -> new AssertionError("within " + DEADLINE.toSeconds() + " s only "
                            + byEndpoint.size() + " of " + CLIENTS + " clients: " + new TreeSet<>(byEndpoint
                                    .keySet())));
            byEndpoint.put(endpoint.apply(next), next);
        }
        return byEndpoint;
    }

    private static Object read(LeshanTestServer leshan, Registration registration, int objectId, int instanceId,
            int resourceId) throws InterruptedException {
        ReadResponse response = leshan.send(registration,
                new ReadRequest(ContentFormat.TEXT, objectId, instanceId, resourceId));
        assertEquals(ResponseCode.CONTENT, response.getCode(), response::toString);
        assertNotNull(response.getContent());
        return ((LwM2mSingleResource) response.getContent()).getValue();
    }
}
