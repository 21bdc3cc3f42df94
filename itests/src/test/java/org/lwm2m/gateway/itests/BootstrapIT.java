package org.lwm2m.gateway.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Hashtable;
import java.util.List;

import org.eclipse.leshan.core.SecurityMode;
import org.eclipse.leshan.core.endpoint.Protocol;
import org.eclipse.leshan.core.node.LwM2mSingleResource;
import org.eclipse.leshan.core.request.ContentFormat;
import org.eclipse.leshan.core.request.ReadRequest;
import org.eclipse.leshan.core.response.ReadResponse;
import org.eclipse.leshan.server.bootstrap.BootstrapConfig;
import org.eclipse.leshan.server.bootstrap.BootstrapFailureCause;
import org.eclipse.leshan.server.bootstrap.BootstrapSession;
import org.eclipse.leshan.server.bootstrap.BootstrapSessionAdapter;
import org.eclipse.leshan.server.bootstrap.InMemoryBootstrapConfigStore;
import org.eclipse.leshan.server.bootstrap.LeshanBootstrapServer;
import org.eclipse.leshan.server.bootstrap.LeshanBootstrapServerBuilder;
import org.eclipse.leshan.server.californium.bootstrap.endpoint.CaliforniumBootstrapServerEndpointsProvider;
import org.eclipse.leshan.server.californium.bootstrap.endpoint.coap.CoapBootstrapServerProtocolProvider;
import org.eclipse.leshan.server.registration.Registration;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.lwm2m.gateway.api.client.ClientConfiguration;
import org.lwm2m.gateway.api.client.ClientEvent;
import org.lwm2m.gateway.testing.Arrivals;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.Configuration;

/**
 * Client-initiated bootstrap against a real Leshan bootstrap server: a client configured with nothing but its
 * bootstrap server asks it for its accounts, takes the Security and Server instances it writes, and registers with
 * the management server they name.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class BootstrapIT extends WithGatewayHarness {

    private static final String ENDPOINT = "it-bootstrap";
    private static final int SHORT_SERVER_ID = 2222;

    private LeshanBootstrapServer bootstrapServer;
    private InMemoryBootstrapConfigStore configs;

    @Before
    public void startBootstrapServer() {
        CaliforniumBootstrapServerEndpointsProvider.Builder endpoints =
                new CaliforniumBootstrapServerEndpointsProvider.Builder(new CoapBootstrapServerProtocolProvider());
        endpoints.addEndpoint(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), Protocol.COAP);
        configs = new InMemoryBootstrapConfigStore();
        LeshanBootstrapServerBuilder builder = new LeshanBootstrapServerBuilder();
        builder.setConfigStore(configs);
        builder.setEndpointsProviders(endpoints.build());
        bootstrapServer = builder.build();
        bootstrapServer.start();
    }

    @After
    public void stopBootstrapServer() {
        if (bootstrapServer != null) {
            bootstrapServer.destroy();
        }
    }

    @Test
    public void aClientWithOnlyABootstrapServerRegistersWhereItSaysAndAgainWithoutItAfterARestart()
            throws Exception {
        URI bootstrapUri = bootstrapServer.getEndpoint(Protocol.COAP).getURI();
        configs.add(ENDPOINT, accounts(bootstrapUri, harness().leshan().coapUri()));
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(ClientConfiguration.ENDPOINT, ENDPOINT);
        properties.put(ClientConfiguration.BOOTSTRAP_SERVER_URI, bootstrapUri.toString());

        Configuration client = harness().configure(properties);

        Registration registration = harness().awaitRegistered(ENDPOINT);
        assertEquals(300L, (long) registration.getLifeTimeInSec());
        ReadResponse manufacturer = harness().leshan().send(registration,
                new ReadRequest(ContentFormat.TEXT, 3, 0, 0));
        assertEquals(harness().client(ENDPOINT).get("3/0/0").toJava(),
                ((LwM2mSingleResource) manufacturer.getContent()).getValue());

        int mark = harness().clientEvents().mark();
        harness().delete(client);
        harness().awaitEvent(ENDPOINT, ClientEvent.DISCONNECT, mark);
        bootstrapServer.destroy();
        bootstrapServer = null;
        mark = harness().clientEvents().mark();

        harness().configure(properties);

        harness().awaitEvent(ENDPOINT, ClientEvent.REGISTRATION_COMPLETE, mark);
        assertFalse("no bootstrap the second time: the kept accounts were used", harness().clientEvents()
                .anyAfter(mark, e -> e.event() == ClientEvent.BOOTSTRAP_REG_COMPLETE));
    }

    @Test
    public void accountsThatDoNotHoldTogetherAreRefusedAtFinishAndNothingRegisters() throws Exception {
        URI bootstrapUri = bootstrapServer.getEndpoint(Protocol.COAP).getURI();
        BootstrapConfig withoutServer = accounts(bootstrapUri, harness().leshan().coapUri());
        withoutServer.servers.clear();
        configs.add(ENDPOINT + "-bad", withoutServer);
        EventLog<BootstrapFailureCause> failures = new EventLog<>("bootstrap failure");
        bootstrapServer.addListener(new BootstrapSessionAdapter() {
            @Override
            public void failed(BootstrapSession session, BootstrapFailureCause cause) {
                failures.add(cause);
            }
        });
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(ClientConfiguration.ENDPOINT, ENDPOINT + "-bad");
        properties.put(ClientConfiguration.BOOTSTRAP_SERVER_URI, bootstrapUri.toString());

        harness().configure(properties);

        assertEquals(BootstrapFailureCause.FINISH_FAILED, failures.awaitAfter(0, cause -> true, Arrivals.TIMEOUT));
        assertEquals("no registration after a refused Finish", List.of(),
                harness().client(ENDPOINT + "-bad").registrations().stream()
                        .filter(r -> r.location().isPresent()).toList());
    }

    /** Delete what is there, keep the bootstrap account, add one management server with its Server instance. */
    private static BootstrapConfig accounts(URI bootstrapUri, URI serverUri) {
        BootstrapConfig config = new BootstrapConfig();
        config.toDelete = List.of("/0", "/1");
        BootstrapConfig.ServerSecurity bootstrapAccount = new BootstrapConfig.ServerSecurity();
        bootstrapAccount.bootstrapServer = true;
        bootstrapAccount.uri = bootstrapUri.toString();
        bootstrapAccount.securityMode = SecurityMode.NO_SEC;
        config.security.put(0, bootstrapAccount);
        BootstrapConfig.ServerSecurity serverAccount = new BootstrapConfig.ServerSecurity();
        serverAccount.uri = serverUri.toString();
        serverAccount.serverId = SHORT_SERVER_ID;
        serverAccount.securityMode = SecurityMode.NO_SEC;
        config.security.put(1, serverAccount);
        BootstrapConfig.ServerConfig server = new BootstrapConfig.ServerConfig();
        server.shortId = SHORT_SERVER_ID;
        server.lifetime = 300;
        config.servers.put(0, server);
        return config;
    }
}
