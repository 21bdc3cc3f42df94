package org.lwm2m.gateway.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.lwm2m.gateway.itests.GatewayHarness.hasLinkAtOrBelow;
import static org.lwm2m.gateway.itests.GatewayHarness.link;

import java.util.Hashtable;

import org.eclipse.leshan.core.ResponseCode;
import org.eclipse.leshan.core.node.LwM2mNode;
import org.eclipse.leshan.core.node.LwM2mSingleResource;
import org.eclipse.leshan.core.request.CancelObservationRequest;
import org.eclipse.leshan.core.request.ContentFormat;
import org.eclipse.leshan.core.request.ObserveRequest;
import org.eclipse.leshan.core.request.ReadRequest;
import org.eclipse.leshan.core.response.ObserveResponse;
import org.eclipse.leshan.core.response.ReadResponse;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.lwm2m.gateway.testing.LeshanTestServer.Notification;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.Configuration;

/**
 * A peripheral hot-plugged through Configuration Admin, as the console, the shell or a file in the configuration
 * directory does it: a simulated temperature sensor appears at the server as /3303/0, is read, reports its changes
 * to an observer, and goes when its configuration is deleted.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SimulatedPeripheralIT extends WithRegisteredGateway {

    private static final String ENDPOINT = "it-peripherals";
    private static final String FACTORY_PID = "org.lwm2m.gateway.driver.simulated";

    public SimulatedPeripheralIT() {
        super(ENDPOINT);
    }

    @Test
    public void aConfiguredSensorAppearsIsReadAndObservedAndGoesWithItsConfiguration() throws Exception {
        Configuration peripheral = configAdmin().createFactoryConfiguration(FACTORY_PID, "?");
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("kind", "temperature");
        properties.put("min", "20");
        properties.put("max", "30");
        properties.put("waveform", "sine");
        properties.put("period", 2.0);
        peripheral.update(properties);

        harness().awaitUpdate(ENDPOINT, "with /3303/0", links -> link(links, "/3303/0") != null);
        double first = temperature();
        assertTrue("temperature " + first + " between 20 and 30", first >= 20 && first <= 30);
        ReadResponse unit = send(new ReadRequest(ContentFormat.TEXT, 3303, 0, 5701));
        assertEquals(unit.toString(), "Cel", ((LwM2mSingleResource) unit.getContent()).getValue());

        ObserveResponse observed = send(new ObserveRequest(ContentFormat.TEXT, 3303, 0, 5700));
        assertEquals(observed.toString(), ResponseCode.CONTENT, observed.getCode());
        double observedValue = number(observed.getContent());
        Notification change = harness().leshan().notifications().next(n -> n.registration().getEndpoint()
                .equals(ENDPOINT) && number(n.response().getContent()) != observedValue);
        double changed = number(change.response().getContent());
        assertNotEquals(observedValue, changed, 0.0);
        assertTrue("notified temperature " + changed + " between 20 and 30", changed >= 20 && changed <= 30);
        send(new CancelObservationRequest(observed.getObservation()));

        peripheral.delete();
        harness().awaitUpdate(ENDPOINT, "without /3303/0", links -> !hasLinkAtOrBelow(links, "/3303/0"));
    }

    private double temperature() throws InterruptedException {
        ReadResponse response = send(new ReadRequest(ContentFormat.TEXT, 3303, 0, 5700));
        assertEquals(response.toString(), ResponseCode.CONTENT, response.getCode());
        return number(response.getContent());
    }

    /** A number in plain text: the test server has no model of object 3303, so it hands the text over. */
    private static double number(LwM2mNode node) {
        return Double.parseDouble(String.valueOf(((LwM2mSingleResource) node).getValue()));
    }
}
