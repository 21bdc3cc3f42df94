package org.lwm2m.gateway.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;

import java.util.HexFormat;
import java.util.Hashtable;
import java.util.List;

import org.eclipse.leshan.core.ResponseCode;
import org.eclipse.leshan.core.node.LwM2mSingleResource;
import org.eclipse.leshan.core.request.ContentFormat;
import org.eclipse.leshan.core.request.ExecuteRequest;
import org.eclipse.leshan.core.request.ReadRequest;
import org.eclipse.leshan.core.response.ExecuteResponse;
import org.eclipse.leshan.core.response.ReadResponse;
import org.eclipse.leshan.server.bootstrap.BootstrapFailureCause;
import org.eclipse.leshan.server.registration.Registration;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.lwm2m.gateway.api.client.ClientConfiguration;
import org.lwm2m.gateway.api.client.ClientEvent;
import org.lwm2m.gateway.testing.LeshanTestBootstrapServer;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.Configuration;

/**
 * Client-initiated bootstrap against a real Leshan bootstrap server: a client configured with nothing but its
 * bootstrap server asks it for its accounts, takes the Security and Server instances it writes, registers with the
 * management server they name, and after a restart registers with it again without the bootstrap server; a
 * server's Bootstrap-Request Trigger makes it leave and bootstrap again.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class BootstrapIT extends WithGatewayHarness {

    private static final String ENDPOINT = "it-bootstrap";
    private static final int SHORT_SERVER_ID = 2222;

    private LeshanTestBootstrapServer bootstrapServer;

    @Before
    public void startBootstrapServer() {
        bootstrapServer = LeshanTestBootstrapServer.start();
    }

    @After
    public void stopBootstrapServer() {
        if (bootstrapServer != null) {
            bootstrapServer.close();
        }
    }

    @Test
    public void aClientWithOnlyABootstrapServerRegistersWhereItSaysAndAgainWithoutItAfterARestart()
            throws Exception {
        bootstrapServer.provision(ENDPOINT, harness().leshan().coapUri(), SHORT_SERVER_ID, 300);
        Hashtable<String, Object> properties = bootstrapOnly(ENDPOINT);

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
        bootstrapServer.close();
        bootstrapServer = null;
        mark = harness().clientEvents().mark();

        harness().configure(properties);

        harness().awaitEvent(ENDPOINT, ClientEvent.REGISTRATION_COMPLETE, mark);
        assertFalse("no bootstrap the second time: the kept accounts were used", harness().clientEvents()
                .anyAfter(mark, e -> e.event() == ClientEvent.BOOTSTRAP_REG_COMPLETE));
    }

    @Test
    public void aCoapsBootstrapServerIsReachedWithItsPreSharedKey() throws Exception {
        String endpoint = ENDPOINT + "-psk";
        byte[] key = HexFormat.of().parseHex("b00757a9b00757a9b00757a9b00757a9");
        bootstrapServer.addPsk(endpoint, "bs-identity", key);
        bootstrapServer.provision(endpoint, harness().leshan().coapUri(), SHORT_SERVER_ID, 300);
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(ClientConfiguration.ENDPOINT, endpoint);
        properties.put(ClientConfiguration.BOOTSTRAP_SERVER_URI, bootstrapServer.coapsUri().toString());
        properties.put(ClientConfiguration.BOOTSTRAP_PSK_IDENTITY, "bs-identity");
        properties.put(ClientConfiguration.BOOTSTRAP_PSK_KEY, HexFormat.of().formatHex(key));

        harness().configure(properties);

        assertEquals(endpoint, harness().awaitRegistered(endpoint).getEndpoint());
    }

    @Test
    public void aBootstrapServerThatDiscoversTheAccountsFirstKeepsTheClientsOwn() throws Exception {
        String endpoint = ENDPOINT + "-discover";
        bootstrapServer.provision(endpoint, harness().leshan().coapUri(), SHORT_SERVER_ID, 300, true);

        harness().configure(bootstrapOnly(endpoint));

        assertEquals(endpoint, harness().awaitRegistered(endpoint).getEndpoint());
    }

    @Test
    public void accountsThatDoNotHoldTogetherAreRefusedAtFinishAndNothingRegisters() throws Exception {
        String endpoint = ENDPOINT + "-bad";
        bootstrapServer.provision(endpoint, harness().leshan().coapUri(), SHORT_SERVER_ID, 0);

        harness().configure(bootstrapOnly(endpoint));

        assertEquals(BootstrapFailureCause.FINISH_FAILED, bootstrapServer.failures().next());
        assertEquals("no registration after a refused Finish", List.of(),
                harness().client(endpoint).registrations().stream().filter(r -> r.location().isPresent()).toList());
    }

    @Test
    public void aServersBootstrapRequestTriggerBootstrapsTheClientAgain() throws Exception {
        String endpoint = ENDPOINT + "-trigger";
        bootstrapServer.provision(endpoint, harness().leshan().coapUri(), SHORT_SERVER_ID, 300);
        harness().configure(bootstrapOnly(endpoint));
        Registration first = harness().awaitRegistered(endpoint);
        int mark = harness().clientEvents().mark();

        ExecuteResponse trigger = harness().leshan().send(first, new ExecuteRequest(1, 0, 9));

        assertEquals(trigger.toString(), ResponseCode.CHANGED, trigger.getCode());
        assertEquals("the client leaves first", first.getId(), harness().leshan().unregistrations()
                .next(u -> endpoint.equals(u.registration().getEndpoint())).registration().getId());
        harness().awaitEvent(endpoint, ClientEvent.BOOTSTRAP_REG_COMPLETE, mark);
        Registration again = harness().awaitRegistered(endpoint);
        assertNotEquals(first.getId(), again.getId());
    }

    private Hashtable<String, Object> bootstrapOnly(String endpoint) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(ClientConfiguration.ENDPOINT, endpoint);
        properties.put(ClientConfiguration.BOOTSTRAP_SERVER_URI, bootstrapServer.coapUri().toString());
        return properties;
    }
}
