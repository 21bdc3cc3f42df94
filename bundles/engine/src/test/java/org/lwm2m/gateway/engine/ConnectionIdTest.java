package org.lwm2m.gateway.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.californium.core.CoapResource;
import org.eclipse.californium.core.CoapServer;
import org.eclipse.californium.core.coap.CoAP;
import org.eclipse.californium.core.config.CoapConfig;
import org.eclipse.californium.core.network.CoapEndpoint;
import org.eclipse.californium.core.server.resources.CoapExchange;
import org.eclipse.californium.elements.DtlsEndpointContext;
import org.eclipse.californium.elements.config.Configuration;
import org.eclipse.californium.elements.config.UdpConfig;
import org.eclipse.californium.elements.util.Bytes;
import org.eclipse.californium.scandium.DTLSConnector;
import org.eclipse.californium.scandium.config.DtlsConfig;
import org.eclipse.californium.scandium.config.DtlsConnectorConfig;
import org.eclipse.californium.scandium.dtls.ConnectionId;
import org.eclipse.californium.scandium.dtls.pskstore.AdvancedSinglePskStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lwm2m.gateway.api.client.ClientEvent;

/**
 * DTLS Connection ID (RFC 9146) is on: a server that asks for one gets the client's records under it, so a NAT that
 * rebinds the client's port does not cost a new handshake. The server here is a bare Scandium one, which tells which
 * connection id each request came under.
 */
class ConnectionIdTest {

    private static final String IDENTITY = "rd-cid-identity";
    private static final byte[] KEY = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final int SERVER_CID_LENGTH = 6;

    @RegisterExtension
    final ClientBench bench = new ClientBench();

    private final BlockingQueue<Bytes> connectionIds = new ArrayBlockingQueue<>(8);
    private CoapServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.destroy();
        }
    }

    /** A DTLS server with a registration interface that answers every Register 2.01 and notes the connection id. */
    private int startServer() throws Exception {
        CoapConfig.register();
        UdpConfig.register();
        DtlsConfig.register();
        Configuration configuration = Configuration.createStandardWithoutFile();
        configuration.set(DtlsConfig.DTLS_ROLE, DtlsConfig.DtlsRole.SERVER_ONLY);
        configuration.set(DtlsConfig.DTLS_CONNECTION_ID_LENGTH, SERVER_CID_LENGTH);
        DtlsConnectorConfig dtls = DtlsConnectorConfig.builder(configuration)
                .setAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .setAdvancedPskStore(new AdvancedSinglePskStore(IDENTITY, KEY))
                .build();
        DTLSConnector connector = new DTLSConnector(dtls);
        server = new CoapServer(configuration);
        server.addEndpoint(new CoapEndpoint.Builder().setConnector(connector).setConfiguration(configuration)
                .build());
        server.add(new CoapResource("rd") {
            @Override
            public void handlePOST(CoapExchange exchange) {
                connectionIds.add(Objects.requireNonNullElse(exchange.advanced().getRequest().getSourceContext()
                        .get(DtlsEndpointContext.KEY_READ_CONNECTION_ID), ConnectionId.EMPTY));
                exchange.setLocationPath("rd/cid");
                exchange.respond(CoAP.ResponseCode.CREATED);
            }
        });
        server.start();
        return connector.getAddress().getPort();
    }

    @Test
    void theClientWritesUnderTheConnectionIdTheServerAskedFor() throws Exception {
        int port = startServer();
        ClientComponent client = bench.client("rd-cid");
        RdEvents events = bench.events(client);
        client.bindProvider(RdObjects.psk("coaps://127.0.0.1:" + port, 1, IDENTITY, KEY), Map.of());
        client.bindProvider(RdObjects.server(1, 300), Map.of());
        client.bindProvider(RdObjects.device(), Map.of());
        client.activate();

        events.await(ClientEvent.REGISTRATION_COMPLETE);
        Bytes cid = connectionIds.poll(10, TimeUnit.SECONDS);
        assertNotNull(cid, "no Register arrived");
        assertEquals(SERVER_CID_LENGTH, cid.length(), "the Register came under the server's connection id");
    }
}
