package org.lwm2m.gateway.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Hashtable;

import org.eclipse.leshan.core.ResponseCode;
import org.eclipse.leshan.core.request.ExecuteRequest;
import org.eclipse.leshan.core.request.ReadRequest;
import org.eclipse.leshan.core.response.ReadResponse;
import org.eclipse.leshan.server.registration.Registration;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.lwm2m.gateway.api.client.ClientConfiguration;
import org.lwm2m.gateway.api.client.ClientEvent;
import org.lwm2m.gateway.api.client.ClientState;
import org.lwm2m.gateway.api.client.LwM2mClient;
import org.lwm2m.gateway.testing.Arrivals;
import org.lwm2m.gateway.testing.LeshanTestServer;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** One gateway client registered with two Leshan servers at once: both are served; one going away spares the other. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TwoServersIT extends WithGatewayHarness {

    private static final String ENDPOINT = "it-two-servers";

    @Test
    public void oneClientRegistersWithTwoServersAndOneLeavingSparesTheOther() throws Exception {
        LeshanTestServer first = harness().leshan();
        LeshanTestServer second = LeshanTestServer.start();
        boolean secondRunning = true;
        try {
            Hashtable<String, Object> properties = new Hashtable<>();
            properties.put(ClientConfiguration.ENDPOINT, ENDPOINT);
            properties.put(ClientConfiguration.SERVER_URI,
                    new String[] {first.coapUri().toString(), second.coapUri().toString()});
            properties.put(ClientConfiguration.SHORT_SERVER_ID, new int[] {1, 2});
            properties.put(ClientConfiguration.LIFETIME, new long[] {300, 120});
            harness().configure(properties);

            Registration atFirst = first.registrations().next(r -> ENDPOINT.equals(r.getEndpoint()));
            Registration atSecond = second.registrations().next(r -> ENDPOINT.equals(r.getEndpoint()));
            awaitEvent(1, ClientEvent.REGISTRATION_COMPLETE, 0);
            awaitEvent(2, ClientEvent.REGISTRATION_COMPLETE, 0);
            assertEquals("each server has its own lifetime", 300L, (long) atFirst.getLifeTimeInSec());
            assertEquals(120L, (long) atSecond.getLifeTimeInSec());

            assertManufacturerReadable(first, atFirst);
            assertManufacturerReadable(second, atSecond);
            LwM2mClient client = harness().client(ENDPOINT);
            assertEquals(2, client.registrations().size());
            assertTrue(client.registration(2).orElseThrow().location().orElseThrow().endsWith(atSecond.getId()));

            // Registration Update Trigger of Server instance 1, server 2's account, executed by server 1
            assertEquals(ResponseCode.CHANGED, first.send(atFirst, new ExecuteRequest(1, 1, 8)).getCode());
            assertEquals(atSecond.getId(), second.updates().next().registration().getId());

            second.close();
            secondRunning = false;
            int mark = harness().clientEvents().mark();
            client.triggerUpdate();

            assertEquals(atFirst.getId(), first.updates().next(u -> ENDPOINT.equals(u.registration().getEndpoint()))
                    .registration().getId());
            awaitEvent(1, ClientEvent.REG_UPDATE_COMPLETE, mark);
            assertManufacturerReadable(first, atFirst);
            assertEquals(ClientState.REGISTERED, client.registration(1).orElseThrow().state());
        } finally {
            if (secondRunning) {
                second.close();
            }
        }
    }

    private void awaitEvent(int shortServerId, ClientEvent event, int mark) throws InterruptedException {
        harness().clientEvents().awaitAfter(mark, e -> e.endpoint().equals(ENDPOINT)
                && e.shortServerId() == shortServerId && e.event() == event, Arrivals.TIMEOUT);
    }

    private static void assertManufacturerReadable(LeshanTestServer server, Registration registration)
            throws InterruptedException {
        ReadResponse response = server.send(registration, new ReadRequest(3, 0, 0));
        assertEquals(response.toString(), ResponseCode.CONTENT, response.getCode());
    }
}
