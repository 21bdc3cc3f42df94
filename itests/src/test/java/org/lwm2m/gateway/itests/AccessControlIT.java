package org.lwm2m.gateway.itests;

import static org.junit.Assert.assertEquals;

import java.net.URI;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.leshan.core.ResponseCode;
import org.eclipse.leshan.core.node.LwM2mSingleResource;
import org.eclipse.leshan.core.request.ContentFormat;
import org.eclipse.leshan.core.request.ExecuteRequest;
import org.eclipse.leshan.core.request.ReadRequest;
import org.eclipse.leshan.core.request.WriteRequest;
import org.eclipse.leshan.core.response.LwM2mResponse;
import org.eclipse.leshan.core.response.ReadResponse;
import org.eclipse.leshan.server.registration.Registration;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.lwm2m.gateway.api.client.ClientConfiguration;
import org.lwm2m.gateway.testing.LeshanTestBootstrapServer;
import org.lwm2m.gateway.testing.LeshanTestBootstrapServer.Acl;
import org.lwm2m.gateway.testing.LeshanTestServer;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Two Leshan management servers and the Access Control instances Leshan's bootstrap server writes: server 1 owns
 * the Device object and may write it, server 2 may only read it; each may manage its own Server instance only. The
 * same rules from a client configuration with two servers and no bootstrap server.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AccessControlIT extends WithGatewayHarness {

    private static final String ENDPOINT = "it-access-control";
    private static final long READ = 1;
    private static final long WRITE = 2;
    private static final long EXECUTE = 4;

    private LeshanTestBootstrapServer bootstrapServer;
    private LeshanTestServer second;

    @Before
    public void startServers() {
        bootstrapServer = LeshanTestBootstrapServer.start();
        second = LeshanTestServer.start();
    }

    @After
    public void stopServers() {
        second.close();
        bootstrapServer.close();
    }

    @Test
    public void eachServerMayDoWhatItsAccessControlInstancesGrant() throws Exception {
        LeshanTestServer first = harness().leshan();
        Map<Integer, URI> servers = new TreeMap<>(Map.of(1, first.coapUri(), 2, second.coapUri()));
        bootstrapServer.provision(ENDPOINT, servers, 300, List.of(
                new Acl(3, 0, Map.of(1, READ | WRITE | EXECUTE, 2, READ), 1),
                new Acl(1, 0, Map.of(1, READ | WRITE | EXECUTE), 1),
                new Acl(1, 1, Map.of(2, READ | WRITE | EXECUTE), 2)));
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(ClientConfiguration.ENDPOINT, ENDPOINT);
        properties.put(ClientConfiguration.BOOTSTRAP_SERVER_URI, bootstrapServer.coapUri().toString());
        harness().configure(properties);

        Registration atFirst = first.registrations().next(r -> ENDPOINT.equals(r.getEndpoint()));
        Registration atSecond = second.registrations().next(r -> ENDPOINT.equals(r.getEndpoint()));

        assertCode(ResponseCode.CHANGED, first.send(atFirst,
                new WriteRequest(ContentFormat.TEXT, 3, 0, 15, "Europe/Vienna")));
        assertCode(ResponseCode.UNAUTHORIZED, second.send(atSecond,
                new WriteRequest(ContentFormat.TEXT, 3, 0, 15, "Asia/Tokyo")));
        ReadResponse timezone = second.send(atSecond, new ReadRequest(ContentFormat.TEXT, 3, 0, 15));
        assertCode(ResponseCode.CONTENT, timezone);
        assertEquals("the refused write changed nothing", "Europe/Vienna",
                ((LwM2mSingleResource) timezone.getContent()).getValue());

        assertCode(ResponseCode.UNAUTHORIZED, second.send(atSecond, new ExecuteRequest(1, 0, 8)));
        assertCode(ResponseCode.CHANGED, second.send(atSecond, new ExecuteRequest(1, 1, 8)));
        assertEquals(atSecond.getId(), second.updates().next().registration().getId());
    }

    @Test
    public void aClientConfiguredWithTwoServersChecksTheRulesOfItsConfiguration() throws Exception {
        String endpoint = ENDPOINT + "-configured";
        LeshanTestServer first = harness().leshan();
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(ClientConfiguration.ENDPOINT, endpoint);
        properties.put(ClientConfiguration.SERVER_URI,
                new String[] { first.coapUri().toString(), second.coapUri().toString() });
        properties.put(ClientConfiguration.SHORT_SERVER_ID, new int[] { 1, 2 });
        properties.put(ClientConfiguration.ACCESS_CONTROL, new String[] { "3/0 1=RWE *=R" });
        harness().configure(properties);

        Registration atFirst = first.registrations().next(r -> endpoint.equals(r.getEndpoint()));
        Registration atSecond = second.registrations().next(r -> endpoint.equals(r.getEndpoint()));

        assertCode(ResponseCode.UNAUTHORIZED, second.send(atSecond,
                new WriteRequest(ContentFormat.TEXT, 3, 0, 15, "Asia/Tokyo")));
        assertCode(ResponseCode.CONTENT, second.send(atSecond, new ReadRequest(ContentFormat.TEXT, 3, 0, 15)));
        assertCode(ResponseCode.CHANGED, first.send(atFirst,
                new WriteRequest(ContentFormat.TEXT, 3, 0, 15, "Europe/Vienna")));
        assertCode(ResponseCode.UNAUTHORIZED, first.send(atFirst, new ReadRequest(ContentFormat.TEXT, 1, 0, 1)));
    }

    private static void assertCode(ResponseCode expected, LwM2mResponse response) {
        assertEquals(String.valueOf(response), expected, response.getCode());
    }
}
