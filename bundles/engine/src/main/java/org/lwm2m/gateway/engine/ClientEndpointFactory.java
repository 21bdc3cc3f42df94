package org.lwm2m.gateway.engine;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.cert.X509Certificate;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.californium.core.config.CoapConfig;
import org.eclipse.californium.core.network.CoapEndpoint;
import org.eclipse.californium.core.network.Endpoint;
import org.eclipse.californium.core.network.EndpointObserver;
import org.eclipse.californium.core.server.ServerMessageDeliverer;
import org.eclipse.californium.elements.Connector;
import org.eclipse.californium.elements.UDPConnector;
import org.eclipse.californium.elements.auth.RawPublicKeyIdentity;
import org.eclipse.californium.elements.config.Configuration;
import org.eclipse.californium.elements.config.UdpConfig;
import org.eclipse.californium.scandium.DTLSConnector;
import org.eclipse.californium.scandium.config.DtlsConfig;
import org.eclipse.californium.scandium.config.DtlsConfig.DtlsRole;
import org.eclipse.californium.scandium.config.DtlsConnectorConfig;
import org.eclipse.californium.scandium.dtls.CertificateType;
import org.eclipse.californium.scandium.dtls.pskstore.AdvancedSinglePskStore;
import org.eclipse.californium.scandium.dtls.x509.SingleCertificateProvider;
import org.eclipse.californium.scandium.dtls.x509.StaticNewAdvancedCertificateVerifier;
import org.lwm2m.gateway.api.client.ClientSettings;

/**
 * Creates the started CoAP endpoint a client reaches its server through: UDP, or DTLS with a pre-shared key or raw
 * public keys and Connection ID, bound to an ephemeral port on the wildcard address. Only that server's requests
 * reach the dispatcher, through Californium's server deliverer (which keeps observe relations); the dispatcher is
 * closed with the endpoint.
 * Every endpoint runs on the engine's shared executor; what remains per endpoint is one receiver thread, plus one
 * sender thread for UDP.
 */
final class ClientEndpointFactory {

    /**
     * The first wait for a DTLS handshake flight's answer, doubled at each retransmission. A server drops a
     * handshake with a wrong key silently, so the client learns of it only when the last wait ends: 1 + 2 + 4 + 8 s
     * = 15 s here, instead of Scandium's default of 62 s. Three retransmissions still carry a flight over a lossy
     * cellular link, and the registration backoff retries a handshake that failed anyway.
     */
    private static final long HANDSHAKE_RETRANSMISSION_MILLIS = 1000;
    private static final int HANDSHAKE_RETRANSMISSIONS = 3;

    private final ScheduledExecutorService executor;
    private final Configuration configuration;

    ClientEndpointFactory(ScheduledExecutorService executor) {
        this(executor, c -> {
        });
    }

    /** Endpoints that carry large payloads as these settings say. */
    ClientEndpointFactory(ScheduledExecutorService executor, ClientSettings.BlockTransfers transfers) {
        this(executor, configuration -> blockTransfers(configuration, transfers));
    }

    /** @param tuning adjusts the Californium configuration (tests shorten timers) */
    ClientEndpointFactory(ScheduledExecutorService executor, Consumer<Configuration> tuning) {
        this.executor = executor;
        this.configuration = standardConfiguration();
        tuning.accept(configuration);
    }

    CoapEndpoint create(ServerConnection connection, RequestDispatcher dispatcher) throws IOException {
        Connector connector = connection.secure() ? dtls(connection) : new UDPConnector(wildcard(), configuration);
        CoapEndpoint endpoint = new CoapEndpoint.Builder().setConnector(connector).setConfiguration(configuration)
                .build();
        endpoint.setExecutors(executor, executor);
        OwnServerFilter filter = new OwnServerFilter(new ServerMessageDeliverer(dispatcher.root(), configuration));
        endpoint.addInterceptor(filter);
        endpoint.setMessageDeliverer(filter);
        endpoint.addObserver(new EndpointObserver() {
            @Override
            public void started(Endpoint e) {
                // nothing to do: the dispatcher serves from construction on
            }

            @Override
            public void stopped(Endpoint e) {
                // a stopped endpoint may start again; only its destruction ends the dispatcher
            }

            @Override
            public void destroyed(Endpoint e) {
                dispatcher.close();
            }
        });
        try {
            endpoint.start();
        } catch (IOException | RuntimeException e) {
            endpoint.destroy();
            throw e;
        }
        return endpoint;
    }

    private Connector dtls(ServerConnection connection) {
        DtlsConnectorConfig.Builder builder = DtlsConnectorConfig.builder(configuration).setAddress(wildcard());
        ServerConnection.RawPublicKeys rpk = connection.rpk();
        if (rpk != null) {
            builder.setCertificateIdentityProvider(new SingleCertificateProvider(rpk.ownPrivate(), rpk.own()))
                    .setAdvancedCertificateVerifier(StaticNewAdvancedCertificateVerifier.builder()
                            .setTrustedRPKs(new RawPublicKeyIdentity(rpk.server())).build());
        } else if (connection.x509() != null) {
            ServerConnection.Certificates x509 = connection.x509();
            builder.setCertificateIdentityProvider(new SingleCertificateProvider(x509.ownPrivate(),
                    new X509Certificate[] { x509.own() }, CertificateType.X_509))
                    .setAdvancedCertificateVerifier(new ServerCertificateVerifier(x509.server(), x509.usage(),
                            connection.uri().getHost()));
        } else {
            builder.setAdvancedPskStore(new AdvancedSinglePskStore(connection.pskIdentity(), connection.pskKey()));
        }
        DtlsConnectorConfig config = builder.build();
        DTLSConnector connector = new DTLSConnector(config);
        // A scheduled executor also replaces Scandium's own timer thread; Scandium never shuts an external one down.
        connector.setExecutor(executor);
        return connector;
    }

    private static InetSocketAddress wildcard() {
        return new InetSocketAddress(0);
    }

    /**
     * Messages up to the block size go whole, larger payloads block-wise in blocks of that size (Californium's
     * block-wise layer does both directions, several transfers at once, and starts again on a new block 0);
     * transfers beyond the largest size are refused with 4.13.
     */
    static void blockTransfers(Configuration configuration, ClientSettings.BlockTransfers transfers) {
        configuration.set(CoapConfig.MAX_MESSAGE_SIZE, transfers.blockSize());
        configuration.set(CoapConfig.PREFERRED_BLOCK_SIZE, transfers.blockSize());
        configuration.set(CoapConfig.MAX_RESOURCE_BODY_SIZE, transfers.maxTransferSize());
    }

    /** The Californium and Scandium configuration of every endpoint this factory creates. */
    Configuration configuration() {
        return configuration;
    }

    private static Configuration standardConfiguration() {
        CoapConfig.register();
        UdpConfig.register();
        DtlsConfig.register();
        // Built in memory: Configuration.getStandard() would write a properties file into the working directory.
        Configuration config = Configuration.createStandardWithoutFile();
        config.set(UdpConfig.UDP_RECEIVER_THREAD_COUNT, 1);
        config.set(UdpConfig.UDP_SENDER_THREAD_COUNT, 1);
        config.set(DtlsConfig.DTLS_RECEIVER_THREAD_COUNT, 1);
        config.set(DtlsConfig.DTLS_CONNECTOR_THREAD_COUNT, 1);
        config.set(DtlsConfig.DTLS_ROLE, DtlsRole.CLIENT_ONLY);
        config.set(DtlsConfig.DTLS_RETRANSMISSION_TIMEOUT, HANDSHAKE_RETRANSMISSION_MILLIS, TimeUnit.MILLISECONDS);
        config.set(DtlsConfig.DTLS_MAX_RETRANSMISSIONS, HANDSHAKE_RETRANSMISSIONS);
        // Connection ID (RFC 9146) on: the client takes the id a server asks for and writes its records under it,
        // so a NAT rebinding its port keeps the session. It asks for none itself (length 0): its own port is its id.
        config.set(DtlsConfig.DTLS_CONNECTION_ID_LENGTH, 0);
        blockTransfers(config, ClientSettings.BlockTransfers.DEFAULT);
        return config;
    }
}
