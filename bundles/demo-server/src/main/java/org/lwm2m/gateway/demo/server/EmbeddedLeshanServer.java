package org.lwm2m.gateway.demo.server;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;

import org.eclipse.leshan.core.endpoint.Protocol;
import org.eclipse.leshan.core.node.codec.DefaultLwM2mDecoder;
import org.eclipse.leshan.core.observation.Observation;
import org.eclipse.leshan.server.LeshanServer;
import org.eclipse.leshan.server.LeshanServerBuilder;
import org.eclipse.leshan.server.californium.endpoint.CaliforniumServerEndpointsProvider;
import org.eclipse.leshan.server.californium.endpoint.coap.CoapServerProtocolProvider;
import org.eclipse.leshan.server.registration.Registration;
import org.eclipse.leshan.server.registration.RegistrationListener;
import org.eclipse.leshan.server.registration.RegistrationUpdate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An Eclipse Leshan LwM2M server with one plain CoAP endpoint on a loopback address: the demo's server side. */
final class EmbeddedLeshanServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedLeshanServer.class);

    private final LeshanServer server;
    private final URI uri;

    private EmbeddedLeshanServer(LeshanServer server) {
        this.server = server;
        this.uri = server.getEndpoint(Protocol.COAP).getURI();
    }

    /**
     * Starts a server on {@code address}, on {@code preferredPort} when that UDP port is free and on an ephemeral
     * port otherwise.
     */
    static EmbeddedLeshanServer start(InetAddress address, int preferredPort) {
        if (preferredPort != 0 && !isFree(address, preferredPort)) {
            LOG.info("UDP port {} is in use: the demo server takes a free port instead", preferredPort);
            return startOn(new InetSocketAddress(address, 0));
        }
        return startOn(new InetSocketAddress(address, preferredPort));
    }

    private static boolean isFree(InetAddress address, int port) {
        try (DatagramSocket probe = new DatagramSocket(new InetSocketAddress(address, port))) {
            return true;
        } catch (IOException inUse) {
            return false;
        }
    }

    private static EmbeddedLeshanServer startOn(InetSocketAddress socketAddress) {
        CaliforniumServerEndpointsProvider.Builder endpoints = new CaliforniumServerEndpointsProvider.Builder(
                new CoapServerProtocolProvider());
        endpoints.addEndpoint(socketAddress, Protocol.COAP);
        LeshanServer server = new LeshanServerBuilder()
                .setEndpointsProviders(endpoints.build())
                // also accept the TLV and JSON content format numbers of LwM2M 1.0 drafts (1542, 1543)
                .setDecoder(new DefaultLwM2mDecoder(true))
                // the demo reads right after registration; a client in queue mode must not make that fail
                .disableQueueModeSupport()
                .build();
        try {
            server.start();
        } catch (RuntimeException e) {
            server.destroy();
            throw e;
        }
        return new EmbeddedLeshanServer(server);
    }

    /** Where clients reach the server, {@code coap://127.0.0.1:5683} for example. */
    URI uri() {
        return uri;
    }

    /** Tells {@code listener} about every registration, update and deregistration from now on. */
    void addRegistrationListener(RegistrationListener listener) {
        server.getRegistrationService().addListener(listener);
    }

    /** Completes when {@code endpoint} is not registered (at once, if it is not now). */
    CompletableFuture<Void> deregistered(String endpoint) {
        CompletableFuture<Void> gone = new CompletableFuture<>();
        server.getRegistrationService().addListener(new RegistrationListener() {
            @Override
            public void registered(Registration registration, Registration previous,
                    Collection<Observation> previousObservations) {
                // only the end of the registration matters here
            }

            @Override
            public void updated(RegistrationUpdate update, Registration updated, Registration previous) {
                // only the end of the registration matters here
            }

            @Override
            public void unregistered(Registration registration, Collection<Observation> observations,
                    boolean expired, Registration newReg) {
                if (endpoint.equals(registration.getEndpoint())) {
                    gone.complete(null);
                }
            }
        });
        if (server.getRegistrationService().getByEndpoint(endpoint) == null) {
            gone.complete(null);
        }
        return gone;
    }

    /** The Leshan server itself, to send requests to registered clients. */
    LeshanServer leshan() {
        return server;
    }

    /** Stops the endpoint and releases every thread of Leshan and Californium. */
    @Override
    public void close() {
        server.destroy();
    }
}
