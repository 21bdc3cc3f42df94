package org.lwm2m.gateway.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.californium.elements.config.Configuration;
import org.eclipse.californium.scandium.config.DtlsConfig;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.lwm2m.gateway.codec.link.LinkFormatCodec;
import org.lwm2m.gateway.codec.text.TextCodec;
import org.lwm2m.gateway.codec.tlv.TlvCodec;
import org.lwm2m.gateway.testing.LeshanTestServer;

/**
 * What a test of whole clients needs, fresh for each test: engine executors, a real Leshan server on loopback, and
 * clients built the way the component builds them, each recording its events. After the test it stops the clients,
 * the server and the executors. Use as an {@code @RegisterExtension} field.
 */
final class ClientBench implements BeforeEachCallback, AfterEachCallback {

    /** Registration timings for tests: short gathering of changes and retries, a 2 s de-register bound. */
    static final RegistrationTimings FAST = new RegistrationTimings(Duration.ofMillis(100), Duration.ofMillis(200),
            Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofMillis(500));

    private final int schedulerThreads;
    private final int callbackThreads;
    private final List<ClientComponent> clients = new ArrayList<>();
    private final Map<ClientComponent, RdEvents> events = new IdentityHashMap<>();
    private EngineExecutors executors;
    private LeshanTestServer leshan;

    /** A bench whose executors have two threads in each pool. */
    ClientBench() {
        this(2, 2);
    }

    ClientBench(int schedulerThreads, int callbackThreads) {
        this.schedulerThreads = schedulerThreads;
        this.callbackThreads = callbackThreads;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        executors = new EngineExecutors(schedulerThreads, callbackThreads);
        executors.activate();
        leshan = LeshanTestServer.start();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        clients.forEach(ClientComponent::deactivate);
        clients.clear();
        events.clear();
        leshan.close();
        executors.deactivate();
    }

    LeshanTestServer leshan() {
        return leshan;
    }

    /** Replaces the server with a new one that shows this certificate over DTLS. */
    LeshanTestServer restartLeshanWithCertificate(LeshanTestServer.CertificateIdentity certificate) {
        leshan.close();
        leshan = LeshanTestServer.startWithCertificate(certificate);
        return leshan;
    }

    /** Replaces the server with a new one whose CoAP endpoint listens on this port (see LeshanTestServer). */
    LeshanTestServer restartLeshanOn(int coapPort) {
        leshan.close();
        leshan = LeshanTestServer.start(coapPort);
        return leshan;
    }

    /**
     * A client, not yet activated, built from a configuration as the component is in a framework (default timings),
     * with the text, TLV and link-format codecs and no objects.
     */
    ClientComponent configured(Map<String, Object> configuration) {
        ClientComponent client = new ClientComponent(executors, configuration, null);
        client.bindNodeCodec(new TextCodec());
        client.bindNodeCodec(new TlvCodec());
        client.bindLinkCodec(new LinkFormatCodec());
        clients.add(client);
        return client;
    }

    /** A client with {@link #FAST} timings and the standard endpoint configuration. */
    ClientComponent client(String endpoint) {
        return client(endpoint, FAST);
    }

    /** A client with the standard endpoint configuration. */
    ClientComponent client(String endpoint, RegistrationTimings timings) {
        return client(endpoint, timings, configuration -> {
        });
    }

    /**
     * A client, not yet activated, with the text, TLV and link-format codecs and no objects.
     *
     * @param tuning adjusts the Californium configuration of its endpoints (shorter timers)
     */
    ClientComponent client(String endpoint, RegistrationTimings timings, Consumer<Configuration> tuning) {
        ClientComponent client = new ClientComponent(executors, endpoint, timings,
                new ClientEndpointFactory(executors.scheduler(), tuning), RequestDispatcher::new);
        client.bindNodeCodec(new TextCodec());
        client.bindNodeCodec(new TlvCodec());
        client.bindLinkCodec(new LinkFormatCodec());
        RdEvents recorded = new RdEvents();
        client.addListener(recorded);
        clients.add(client);
        events.put(client, recorded);
        return client;
    }

    /** The events of a client of this bench, from its creation on. */
    RdEvents events(ClientComponent client) {
        return events.get(client);
    }

    /**
     * An activated client over DTLS with this Security object, a Server instance (short server id 1) and a Device;
     * handshakes give up after one retransmission, since a server drops a handshake it refuses silently.
     */
    ClientComponent dtlsClient(String endpoint, TestProvider security) {
        ClientComponent client = client(endpoint, FAST, configuration -> {
            configuration.set(DtlsConfig.DTLS_RETRANSMISSION_TIMEOUT, 300, TimeUnit.MILLISECONDS);
            configuration.set(DtlsConfig.DTLS_MAX_RETRANSMISSIONS, 1);
        });
        client.bindProvider(security, Map.of());
        client.bindProvider(RdObjects.server(1, 300), Map.of());
        client.bindProvider(RdObjects.device(), Map.of());
        client.activate();
        return client;
    }

    /** A Security object with a NoSec account on this bench's server, short server id 1. */
    TestProvider noSecAccount() {
        return RdObjects.noSec(leshan.coapUri().toString(), 1);
    }

    /** A Security object with a PSK account on this bench's server, short server id 1. */
    TestProvider pskAccount(String identity, byte[] key) {
        return RdObjects.psk(leshan.coapsUri().toString(), 1, identity, key);
    }
}
