package org.lwm2m.gateway.engine;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Collection;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.leshan.core.endpoint.Protocol;
import org.eclipse.leshan.core.observation.Observation;
import org.eclipse.leshan.server.LeshanServer;
import org.eclipse.leshan.server.LeshanServerBuilder;
import org.eclipse.leshan.server.californium.endpoint.CaliforniumServerEndpointsProvider;
import org.eclipse.leshan.server.californium.endpoint.coap.CoapServerProtocolProvider;
import org.eclipse.leshan.server.californium.endpoint.coaps.CoapsServerProtocolProvider;
import org.eclipse.leshan.server.registration.Registration;
import org.eclipse.leshan.server.registration.RegistrationListener;
import org.eclipse.leshan.server.registration.RegistrationUpdate;
import org.eclipse.leshan.server.security.InMemorySecurityStore;

/** A real Eclipse Leshan server on loopback (CoAP and CoAPS), recording what happens to registrations. */
final class RdLeshanServer implements AutoCloseable {

    final LeshanServer server;
    final InMemorySecurityStore securityStore = new InMemorySecurityStore();
    final BlockingQueue<Registration> registered = new LinkedBlockingQueue<>();
    final BlockingQueue<Registration> updated = new LinkedBlockingQueue<>();
    final BlockingQueue<RegistrationUpdate> updates = new LinkedBlockingQueue<>();
    final BlockingQueue<Registration> unregistered = new LinkedBlockingQueue<>();

    RdLeshanServer() {
        this(0);
    }

    /** A server whose CoAP endpoint listens on this loopback port (0: any), so that it can restart in place. */
    RdLeshanServer(int coapPort) {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        CaliforniumServerEndpointsProvider.Builder endpoints = new CaliforniumServerEndpointsProvider.Builder(
                new CoapServerProtocolProvider(), new CoapsServerProtocolProvider());
        endpoints.addEndpoint(new InetSocketAddress(loopback, coapPort), Protocol.COAP);
        endpoints.addEndpoint(new InetSocketAddress(loopback, 0), Protocol.COAPS);
        LeshanServerBuilder builder = new LeshanServerBuilder();
        builder.setEndpointsProviders(endpoints.build());
        builder.setSecurityStore(securityStore);
        server = builder.build();
        server.getRegistrationService().addListener(new RegistrationListener() {
            @Override
            public void registered(Registration reg, Registration previousReg,
                    Collection<Observation> previousObservations) {
                registered.add(reg);
            }

            @Override
            public void updated(RegistrationUpdate update, Registration updatedReg, Registration previousReg) {
                updates.add(update);
                updated.add(updatedReg);
            }

            @Override
            public void unregistered(Registration reg, Collection<Observation> observations, boolean expired,
                    Registration newReg) {
                unregistered.add(reg);
            }
        });
        server.start();
    }

    URI coapUri() {
        return server.getEndpoint(Protocol.COAP).getURI();
    }

    URI coapsUri() {
        return server.getEndpoint(Protocol.COAPS).getURI();
    }

    static <T> T await(BlockingQueue<T> queue, String what) throws InterruptedException {
        T t = queue.poll(RdEvents.TIMEOUT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(t, "no " + what + " within " + RdEvents.TIMEOUT_SECONDS + " s");
        return t;
    }

    @Override
    public void close() {
        server.destroy();
    }
}
