package org.lwm2m.gateway.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.leshan.server.registration.Registration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lwm2m.gateway.api.client.ClientEvent;
import org.lwm2m.gateway.api.client.ClientState;
import org.lwm2m.gateway.testing.Arrivals;
import org.lwm2m.gateway.testing.LeshanTestServer;
import org.lwm2m.gateway.testing.LeshanTestServer.RegisterHold;

/**
 * A client stopped while its Register is unanswered: the server may take that Register, so the client waits (within
 * its stop bound) for the answer and de-registers what the server took; either way it ends with DISCONNECT.
 */
class StopDuringRegisterTest {

    @RegisterExtension
    final ClientBench bench = new ClientBench();

    private ClientComponent startHeld(String endpoint, RegistrationTimings timings, RegisterHold hold)
            throws InterruptedException {
        ClientComponent client = bench.client(endpoint, timings);
        client.bindProvider(bench.noSecAccount(), Map.of());
        client.bindProvider(RdObjects.server(1, 300), Map.of());
        client.activate();
        hold.awaitHeld();
        return client;
    }

    @Test
    void registerAnsweredAfterTheStopBeganIsDeregistered() throws Exception {
        LeshanTestServer leshan = bench.leshan();
        RegisterHold hold = leshan.holdRegisters();
        ClientComponent client = startHeld("rd-late-answer", ClientBench.FAST, hold);

        CompletableFuture<Void> stopped = client.registrationWith(1).beginStop();
        hold.release();

        Registration taken = leshan.registrations().next();
        assertEquals(taken.getId(), leshan.unregistrations().next().registration().getId());
        stopped.get(Arrivals.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        assertEquals(List.of(ClientEvent.REGISTRATION_COMPLETE, ClientEvent.DEREGISTER, ClientEvent.DISCONNECT),
                bench.events(client).all());
        assertNull(leshan.registration("rd-late-answer"), "the server keeps a registration of a stopped client");
        assertEquals(ClientState.STOPPED, client.registration(1).orElseThrow().state());
    }

    @Test
    void registerNeverAnsweredEndsWithDisconnectWithinTheStopBound() throws Exception {
        RegistrationTimings shortStop = new RegistrationTimings(ClientBench.FAST.coalesce(),
                ClientBench.FAST.firstRetry(), ClientBench.FAST.maxRetry(), Duration.ofMillis(300),
                ClientBench.FAST.providerTimeout(), ClientBench.FAST.minUpdateDelay());
        ClientComponent client = startHeld("rd-no-answer", shortStop, bench.leshan().holdRegisters());

        long start = System.nanoTime();
        client.deactivate();
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertEquals(List.of(ClientEvent.DISCONNECT), bench.events(client).all());
        assertEquals(List.of(), client.registrations(), "a stopped client has no registration");
        // 300 ms of bound, plus a generous allowance for a slow machine; without a bound it would wait 10 s
        assertTrue(tookMillis < 3000, "stop took " + tookMillis + " ms");
    }
}
