package org.lwm2m.gateway.itests;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.TimeUnit;

import org.eclipse.californium.core.coap.Request;
import org.eclipse.californium.core.coap.Response;
import org.eclipse.californium.elements.AddressEndpointContext;
import org.eclipse.californium.scandium.config.DtlsConfig;
import org.eclipse.leshan.core.endpoint.Protocol;
import org.eclipse.leshan.core.observation.Observation;
import org.eclipse.leshan.core.request.DownlinkRequest;
import org.eclipse.leshan.core.response.LwM2mResponse;
import org.eclipse.leshan.server.LeshanServer;
import org.eclipse.leshan.server.LeshanServerBuilder;
import org.eclipse.leshan.server.californium.endpoint.CaliforniumServerEndpoint;
import org.eclipse.leshan.server.californium.endpoint.CaliforniumServerEndpointsProvider;
import org.eclipse.leshan.server.californium.endpoint.coap.CoapServerProtocolProvider;
import org.eclipse.leshan.server.californium.endpoint.coaps.CoapsServerProtocolProvider;
import org.eclipse.leshan.server.registration.Registration;
import org.eclipse.leshan.server.registration.RegistrationListener;
import org.eclipse.leshan.server.registration.RegistrationUpdate;
import org.eclipse.leshan.server.security.InMemorySecurityStore;
import org.eclipse.leshan.server.security.NonUniqueSecurityInfoException;
import org.eclipse.leshan.server.security.SecurityInfo;

/**
 * A real Eclipse Leshan LwM2M server on loopback (CoAP and CoAP over DTLS, random ports) that records what
 * clients do and sends them requests, always with a timeout.
 */
public final class LeshanPeer implements AutoCloseable {

    /** How long a test waits for anything the gateway should do. */
    public static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final LeshanServer server;
    private final InMemorySecurityStore securityStore;
    private final EventLog<Registration> registrations = new EventLog<>("registration");
    private final EventLog<Registration> updates = new EventLog<>("registration update");
    private final EventLog<Registration> deregistrations = new EventLog<>("deregistration");

    private LeshanPeer(LeshanServer server, InMemorySecurityStore securityStore) {
        this.server = server;
        this.securityStore = securityStore;
        server.getRegistrationService().addListener(new RegistrationListener() {
            @Override
            public void registered(Registration registration, Registration previousReg,
                    Collection<Observation> previousObservations) {
                registrations.add(registration);
            }

            @Override
            public void updated(RegistrationUpdate update, Registration updatedReg, Registration previousReg) {
                updates.add(updatedReg);
            }

            @Override
            public void unregistered(Registration registration, Collection<Observation> observations,
                    boolean expired, Registration newReg) {
                deregistrations.add(registration);
            }
        });
    }

    /** Starts a server with a CoAP and a CoAPS endpoint on 127.0.0.1. */
    public static LeshanPeer start() {
        InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        CaliforniumServerEndpointsProvider.Builder endpoints = new CaliforniumServerEndpointsProvider.Builder(
                new CoapServerProtocolProvider(), new CoapsServerProtocolProvider());
        // a failed handshake should fail fast instead of retransmitting for a minute
        endpoints.setConfiguration(c -> {
            c.set(DtlsConfig.DTLS_MAX_RETRANSMISSIONS, 1);
            c.set(DtlsConfig.DTLS_RETRANSMISSION_TIMEOUT, 300, TimeUnit.MILLISECONDS);
        });
        endpoints.addEndpoint(loopback, Protocol.COAP);
        endpoints.addEndpoint(loopback, Protocol.COAPS);
        InMemorySecurityStore securityStore = new InMemorySecurityStore();
        LeshanServerBuilder builder = new LeshanServerBuilder();
        builder.setEndpointsProviders(endpoints.build());
        builder.setSecurityStore(securityStore);
        // the gateway does not use queue mode; a sleeping-client guess must never hold back a request
        builder.disableQueueModeSupport();
        LeshanServer server = builder.build();
        LeshanPeer peer = new LeshanPeer(server, securityStore);
        server.start();
        return peer;
    }

    public LeshanServer server() {
        return server;
    }

    /** coap://127.0.0.1:port */
    public URI coapUri() {
        return server.getEndpoint(Protocol.COAP).getURI();
    }

    /** coaps://127.0.0.1:port */
    public URI coapsUri() {
        return server.getEndpoint(Protocol.COAPS).getURI();
    }

    /** Lets {@code endpoint} register over DTLS with this PSK identity and key (and only so). */
    public void addPsk(String endpoint, String identity, byte[] key) throws NonUniqueSecurityInfoException {
        securityStore.add(SecurityInfo.newPreSharedKeyInfo(endpoint, identity, key));
    }

    public EventLog<Registration> registrations() {
        return registrations;
    }

    public EventLog<Registration> updates() {
        return updates;
    }

    public EventLog<Registration> deregistrations() {
        return deregistrations;
    }

    /** Waits for the first registration of {@code endpoint}. */
    public Registration awaitRegistration(String endpoint) throws InterruptedException {
        return registrations.await(r -> endpoint.equals(r.getEndpoint()), TIMEOUT);
    }

    /** Waits for {@code endpoint} to deregister after {@code mark} (see {@link EventLog#mark()}). */
    public Registration awaitDeregistration(String endpoint, int mark) throws InterruptedException {
        return deregistrations.awaitAfter(mark, r -> endpoint.equals(r.getEndpoint()), TIMEOUT);
    }

    /** The current registration of {@code endpoint}, or null. */
    public Registration registration(String endpoint) {
        return server.getRegistrationService().getByEndpoint(endpoint);
    }

    /**
     * Sends an LwM2M request and returns the response.
     *
     * @throws AssertionError if the client does not answer within {@link #TIMEOUT}
     */
    public <T extends LwM2mResponse> T send(Registration registration, DownlinkRequest<T> request)
            throws InterruptedException {
        T response = server.send(registration, request, TIMEOUT.toMillis());
        if (response == null) {
            throw new AssertionError("no response to " + request + " within " + TIMEOUT.toSeconds() + " s");
        }
        return response;
    }

    /**
     * Sends a raw CoAP request over the server's CoAP endpoint to a client registered over plain CoAP, for
     * payloads Leshan's encoders would never produce.
     *
     * @throws AssertionError if the client does not answer within {@link #TIMEOUT}
     */
    public Response sendRaw(Registration registration, Request request) throws InterruptedException {
        CaliforniumServerEndpoint endpoint = (CaliforniumServerEndpoint) server.getEndpoint(Protocol.COAP);
        request.setDestinationContext(new AddressEndpointContext(registration.getSocketAddress()));
        endpoint.getCoapEndpoint().sendRequest(request);
        Response response = request.waitForResponse(TIMEOUT.toMillis());
        if (response == null) {
            request.cancel();
            throw new AssertionError("no response to raw " + request + " within " + TIMEOUT.toSeconds() + " s");
        }
        return response;
    }

    @Override
    public void close() {
        server.destroy();
    }
}
