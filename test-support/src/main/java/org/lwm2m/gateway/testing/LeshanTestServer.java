package org.lwm2m.gateway.testing;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.Collection;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.californium.core.coap.Request;
import org.eclipse.californium.core.coap.Response;
import org.eclipse.californium.core.config.CoapConfig;
import org.eclipse.californium.elements.AddressEndpointContext;
import org.eclipse.leshan.core.endpoint.Protocol;
import org.eclipse.leshan.core.node.TimestampedLwM2mNodes;
import org.eclipse.leshan.core.observation.CompositeObservation;
import org.eclipse.leshan.core.observation.Observation;
import org.eclipse.leshan.core.observation.SingleObservation;
import org.eclipse.leshan.core.request.DownlinkRequest;
import org.eclipse.leshan.core.request.RegisterRequest;
import org.eclipse.leshan.core.request.SendRequest;
import org.eclipse.leshan.core.response.LwM2mResponse;
import org.eclipse.leshan.core.response.ObserveCompositeResponse;
import org.eclipse.leshan.core.response.ObserveResponse;
import org.eclipse.leshan.server.LeshanServer;
import org.eclipse.leshan.server.LeshanServerBuilder;
import org.eclipse.leshan.server.californium.endpoint.CaliforniumServerEndpoint;
import org.eclipse.leshan.server.californium.endpoint.CaliforniumServerEndpointsProvider;
import org.eclipse.leshan.server.californium.endpoint.coap.CoapServerProtocolProvider;
import org.eclipse.leshan.server.californium.endpoint.coaps.CoapsServerProtocolProvider;
import org.eclipse.leshan.server.observation.ObservationListener;
import org.eclipse.leshan.server.registration.Registration;
import org.eclipse.leshan.server.registration.RegistrationListener;
import org.eclipse.leshan.server.registration.RegistrationUpdate;
import org.eclipse.leshan.server.security.Authorizer;
import org.eclipse.leshan.server.security.DefaultAuthorizer;
import org.eclipse.leshan.server.security.InMemorySecurityStore;
import org.eclipse.leshan.server.security.NonUniqueSecurityInfoException;
import org.eclipse.leshan.server.security.SecurityInfo;
import org.eclipse.leshan.server.send.SendListener;

/**
 * A real Eclipse Leshan LwM2M server on loopback (CoAP, and CoAP over DTLS with pre-shared keys) for tests, outside
 * OSGi or inside a test framework: records what happens to registrations for the test to wait for, sends requests
 * (LwM2M or raw CoAP) with a timeout, and can hold Register requests to answer them late.
 */
public final class LeshanTestServer implements AutoCloseable {

    /** A Registration Update as the server saw it: what the client sent, and the registration after it. */
    public record Update(RegistrationUpdate update, Registration registration) {
    }

    /** The end of a registration: de-registered by the client, expired, or replaced by a new registration. */
    /** A notification of a single-path observation, as the server received it. */
    public record Notification(SingleObservation observation, Registration registration, ObserveResponse response) {
    }

    /** Values a client sent with the Send operation. */
    public record Sent(Registration registration, TimestampedLwM2mNodes data) {
    }

    /** A notification of an Observe-Composite. */
    public record CompositeNotification(CompositeObservation observation, Registration registration,
            ObserveCompositeResponse response) {
    }

    public record Unregistration(Registration registration, boolean expired, Registration replacement) {

        /** Whether the client de-registered (the registration neither expired nor was replaced). */
        public boolean deregistered() {
            return !expired && replacement == null;
        }
    }

    /** The largest payload the server takes or reads block-wise, in bytes. */
    public static final int MAX_TRANSFER_SIZE = 4 * 1024 * 1024;

    private final LeshanServer server;
    private final InMemorySecurityStore securityStore = new InMemorySecurityStore();
    /** The server's own key pair, for clients that authenticate it by its raw public key. */
    private final KeyPair keys = ecKeyPair();
    /** The key clients see: the raw one, or that of the server's certificate. */
    private final PublicKey publicKey;
    private final Arrivals<Registration> registrations = new Arrivals<>("registration");
    private final Arrivals<Update> updates = new Arrivals<>("registration update");
    private final Arrivals<Notification> notifications = new Arrivals<>("notification");
    private final Arrivals<Unregistration> unregistrations = new Arrivals<>("unregistration");
    private final Arrivals<Sent> sends = new Arrivals<>("send");
    private final Arrivals<CompositeNotification> compositeNotifications = new Arrivals<>("composite notification");
    private volatile RegisterHold hold;

    /**
     * An X.509 identity for the server: the chain it shows its clients (its own certificate first), its private key,
     * and the CA certificates it trusts client certificates by.
     */
    public record CertificateIdentity(X509Certificate[] chain, PrivateKey privateKey, X509Certificate[] trusted) {
    }

    private LeshanTestServer(int coapPort, CertificateIdentity certificate) {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        CaliforniumServerEndpointsProvider.Builder endpoints = new CaliforniumServerEndpointsProvider.Builder(
                new CoapServerProtocolProvider(), new CoapsServerProtocolProvider());
        // large enough to read back what the block-wise tests write
        endpoints.setConfiguration(configuration -> configuration.set(CoapConfig.MAX_RESOURCE_BODY_SIZE,
                MAX_TRANSFER_SIZE));
        endpoints.addEndpoint(new InetSocketAddress(loopback, coapPort), Protocol.COAP);
        endpoints.addEndpoint(new InetSocketAddress(loopback, 0), Protocol.COAPS);
        Authorizer authorizer = new DefaultAuthorizer(securityStore);
        LeshanServerBuilder builder = new LeshanServerBuilder();
        publicKey = certificate != null ? certificate.chain()[0].getPublicKey() : keys.getPublic();
        if (certificate != null) {
            builder.setPrivateKey(certificate.privateKey()).setCertificateChain(certificate.chain())
                    .setTrustedCertificates(certificate.trusted());
        } else {
            builder.setPrivateKey(keys.getPrivate()).setPublicKey(keys.getPublic());
        }
        server = builder
                .setEndpointsProviders(endpoints.build())
                .setSecurityStore(securityStore)
                .setAuthorizer((request, registration, sender) -> {
                    RegisterHold current = hold;
                    if (current != null && request instanceof RegisterRequest) {
                        current.hold();
                    }
                    return authorizer.isAuthorized(request, registration, sender);
                })
                // The clients under test do not use queue mode: no guess that one sleeps may hold a request back.
                .disableQueueModeSupport()
                .build();
        server.getRegistrationService().addListener(new RegistrationListener() {
            @Override
            public void registered(Registration registration, Registration previous,
                    Collection<Observation> previousObservations) {
                registrations.add(registration);
            }

            @Override
            public void updated(RegistrationUpdate update, Registration updated, Registration previous) {
                updates.add(new Update(update, updated));
            }

            @Override
            public void unregistered(Registration registration, Collection<Observation> observations,
                    boolean expired, Registration replacement) {
                unregistrations.add(new Unregistration(registration, expired, replacement));
            }
        });
        server.getObservationService().addListener(new ObservationListener() {
            @Override
            public void newObservation(Observation observation, Registration registration) {
                // the answer to the Observe request says it all
            }

            @Override
            public void cancelled(Observation observation) {
                // tests look at notifications, not at the server's bookkeeping
            }

            @Override
            public void onResponse(SingleObservation observation, Registration registration,
                    ObserveResponse response) {
                notifications.add(new Notification(observation, registration, response));
            }

            @Override
            public void onResponse(CompositeObservation observation, Registration registration,
                    ObserveCompositeResponse response) {
                compositeNotifications.add(new CompositeNotification(observation, registration, response));
            }

            @Override
            public void onError(Observation observation, Registration registration, Exception error) {
                // a broken notification shows as one that never arrives
            }
        });
        server.getSendService().addListener(new SendListener() {
            @Override
            public void dataReceived(Registration registration, TimestampedLwM2mNodes data, SendRequest request) {
                sends.add(new Sent(registration, data));
            }

            @Override
            public void onError(Registration registration, String errorMessage, Exception error) {
                // a Send the server could not take shows as one that never arrives
            }
        });
        server.start();
    }

    /** Starts a server on random loopback ports. */
    public static LeshanTestServer start() {
        return new LeshanTestServer(0, null);
    }

    /** Starts a server whose CoAP endpoint listens on this loopback port, so that it can stop and start in place. */
    public static LeshanTestServer start(int coapPort) {
        return new LeshanTestServer(coapPort, null);
    }

    /** Starts a server on random loopback ports that shows this certificate chain over DTLS instead of a raw key. */
    public static LeshanTestServer startWithCertificate(CertificateIdentity certificate) {
        return new LeshanTestServer(0, certificate);
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
    public void addPsk(String endpoint, String identity, byte[] key) {
        LeshanPsk.add(securityStore, endpoint, identity, key);
    }

    /** Lets the client with this endpoint name in over DTLS with its raw public key. */
    public void addRpk(String endpoint, PublicKey clientKey) {
        try {
            securityStore.add(SecurityInfo.newRawPublicKeyInfo(endpoint, clientKey));
        } catch (NonUniqueSecurityInfoException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lets the client in over DTLS with a certificate the server trusts whose subject's CN is this endpoint name. */
    public void addX509(String endpoint) {
        try {
            securityStore.add(SecurityInfo.newX509CertInfo(endpoint));
        } catch (NonUniqueSecurityInfoException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The server's raw public key, which its clients trust. */
    public PublicKey publicKey() {
        return publicKey;
    }

    /** A fresh EC key pair on P-256, the curve every LwM2M DTLS stack has. */
    public static KeyPair ecKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no P-256 keys in this JVM", e);
        }
    }

    /** Every new registration, in order. */
    public Arrivals<Registration> registrations() {
        return registrations;
    }

    /** The notifications of observations, in arrival order. */
    public Arrivals<Notification> notifications() {
        return notifications;
    }

    /** Every Registration Update, in order. */
    public Arrivals<Update> updates() {
        return updates;
    }

    /** Every registration that ended, in order. */
    public Arrivals<Sent> sends() {
        return sends;
    }

    public Arrivals<CompositeNotification> compositeNotifications() {
        return compositeNotifications;
    }

    public Arrivals<Unregistration> unregistrations() {
        return unregistrations;
    }

    /** The current registration of {@code endpoint}, or null. */
    public Registration registration(String endpoint) {
        return server.getRegistrationService().getByEndpoint(endpoint);
    }

    /**
     * Sends a request to a registered client and returns its response.
     *
     * @throws AssertionError if the client does not answer within {@link Arrivals#TIMEOUT}
     */
    public <T extends LwM2mResponse> T send(Registration registration, DownlinkRequest<T> request)
            throws InterruptedException {
        T response = server.send(registration, request, Arrivals.TIMEOUT.toMillis());
        if (response == null) {
            throw new AssertionError("no response to " + request + " within " + Arrivals.TIMEOUT.toSeconds() + " s");
        }
        return response;
    }

    /**
     * Sends a raw CoAP request through the server's CoAP endpoint to a client registered over plain CoAP, for
     * payloads Leshan's encoders would never produce.
     *
     * @throws AssertionError if the client does not answer within {@link Arrivals#TIMEOUT}
     */
    public Response sendRaw(Registration registration, Request request) throws InterruptedException {
        CaliforniumServerEndpoint endpoint = (CaliforniumServerEndpoint) server.getEndpoint(Protocol.COAP);
        request.setDestinationContext(new AddressEndpointContext(registration.getSocketAddress()));
        endpoint.getCoapEndpoint().sendRequest(request);
        Response response = request.waitForResponse(Arrivals.TIMEOUT.toMillis());
        if (response == null) {
            request.cancel();
            throw new AssertionError(
                    "no response to raw " + request + " within " + Arrivals.TIMEOUT.toSeconds() + " s");
        }
        return response;
    }

    /**
     * From now on, holds every Register the server receives before taking it, until the result is released: the
     * client gets its answer late, and the server registers it only then.
     */
    public RegisterHold holdRegisters() {
        RegisterHold newHold = new RegisterHold();
        hold = newHold;
        return newHold;
    }

    /** Releases any held Register and destroys the server. */
    @Override
    public void close() {
        RegisterHold current = hold;
        if (current != null) {
            current.release();
        }
        server.destroy();
    }

    /** Register requests the server holds: see {@link LeshanTestServer#holdRegisters()}. */
    public static final class RegisterHold {

        private final CountDownLatch held = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        private RegisterHold() {
        }

        /**
         * Waits until the server holds a Register.
         *
         * @throws AssertionError if no Register arrives within {@link Arrivals#TIMEOUT}
         */
        public void awaitHeld() throws InterruptedException {
            if (!held.await(Arrivals.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("no Register arrived within " + Arrivals.TIMEOUT.toSeconds() + " s");
            }
        }

        /** Lets the held Registers, and every later one, through. */
        public void release() {
            released.countDown();
        }

        /** Blocks a server thread until released; never longer than a test waits, so no thread stays stuck. */
        private void hold() {
            held.countDown();
            try {
                released.await(Arrivals.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
