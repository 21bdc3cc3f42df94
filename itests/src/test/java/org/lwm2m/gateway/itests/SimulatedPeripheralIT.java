package org.lwm2m.gateway.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.lwm2m.gateway.itests.GatewayHarness.hasLinkAtOrBelow;
import static org.lwm2m.gateway.itests.GatewayHarness.link;

import java.io.IOException;
import java.util.Hashtable;

import org.eclipse.californium.core.coap.CoAP;
import org.eclipse.californium.core.coap.Request;
import org.eclipse.californium.core.coap.Response;
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
import org.lwm2m.gateway.api.driver.Actuator;
import org.lwm2m.gateway.testing.LeshanTestServer.Notification;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.Configuration;

/**
 * A peripheral hot-plugged through Configuration Admin, as the console, the shell or a file in the configuration
 * directory does it: a simulated temperature sensor appears at the server as /3303/0, is read, reports its changes
 * to an observer, and goes when its configuration is deleted; a simulated light appears as /3311/0 and the server
 * switches and dims it; a level sensor appears as a container (/3435/0) whose thresholds and height the server
 * writes.
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
        Configuration peripheral = peripheral("kind", "temperature", "min", "20", "max", "30", "waveform", "sine",
                "period", 2.0);

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

    @Test
    public void aConfiguredLightIsSwitchedAndDimmedByTheServerAndGoesWithItsConfiguration() throws Exception {
        Configuration peripheral = peripheral("kind", "light");
        harness().awaitUpdate(ENDPOINT, "with /3311/0", links -> link(links, "/3311/0") != null);
        Actuator lamp = context().getService(context().getServiceReferences(Actuator.class,
                "(" + Actuator.KIND + "=" + Actuator.KIND_LIGHT + ")").iterator().next());
        assertFalse("a simulated light starts off", lamp.isOn());

        assertEquals(CoAP.ResponseCode.CHANGED, text(CoAP.Code.PUT, "3311/0/5850", "1").getCode());
        assertEquals(CoAP.ResponseCode.CHANGED, text(CoAP.Code.PUT, "3311/0/5851", "35").getCode());
        assertTrue("the server's write reached the lamp", lamp.isOn());
        assertEquals(35.0, lamp.level(), 0.0);
        assertEquals("1", text(CoAP.Code.GET, "3311/0/5850", null).getPayloadString());
        assertEquals(CoAP.ResponseCode.BAD_REQUEST, text(CoAP.Code.PUT, "3311/0/5851", "250").getCode());
        assertEquals(35.0, lamp.level(), 0.0);

        lamp.switchOn(false);
        assertEquals("what the lamp reports shows", "0", text(CoAP.Code.GET, "3311/0/5850", null).getPayloadString());

        peripheral.delete();
        harness().awaitUpdate(ENDPOINT, "without /3311/0", links -> !hasLinkAtOrBelow(links, "/3311/0"));
    }

    @Test
    public void aConfiguredAccelerometerAppearsWithThreeAxes() throws Exception {
        Configuration peripheral = peripheral("kind", "acceleration");
        harness().awaitUpdate(ENDPOINT, "with /3313/0", links -> link(links, "/3313/0") != null);

        for (String axis : new String[] { "5702", "5703", "5704" }) {
            Response value = text(CoAP.Code.GET, "3313/0/" + axis, null);
            assertEquals(value.toString(), CoAP.ResponseCode.CONTENT, value.getCode());
            double reading = Double.parseDouble(value.getPayloadString());
            assertTrue("axis " + axis + " reads " + reading, reading >= -20 && reading <= 20);
        }
        assertEquals("m/s2", text(CoAP.Code.GET, "3313/0/5701", null).getPayloadString());

        peripheral.delete();
        harness().awaitUpdate(ENDPOINT, "without /3313/0", links -> !hasLinkAtOrBelow(links, "/3313/0"));
    }

    @Test
    public void aConfiguredLevelSensorIsAContainerThatTheServerSetsUp() throws Exception {
        Configuration peripheral = peripheral("kind", "filling", "waveform", "constant", "min", "70", "max", "90");
        harness().awaitUpdate(ENDPOINT, "with /3435/0", links -> link(links, "/3435/0") != null);

        assertEquals(80.0, Double.parseDouble(text(CoAP.Code.GET, "3435/0/2", null).getPayloadString()), 0.0);
        assertEquals("not above the default high threshold, 80 %", "0",
                text(CoAP.Code.GET, "3435/0/5", null).getPayloadString());
        assertEquals(CoAP.ResponseCode.CHANGED, text(CoAP.Code.PUT, "3435/0/4", "75").getCode());
        assertEquals("1", text(CoAP.Code.GET, "3435/0/5", null).getPayloadString());
        assertEquals(CoAP.ResponseCode.CHANGED, text(CoAP.Code.PUT, "3435/0/1", "150").getCode());
        assertEquals("120", text(CoAP.Code.GET, "3435/0/3", null).getPayloadString());
        assertEquals(CoAP.ResponseCode.BAD_REQUEST, text(CoAP.Code.PUT, "3435/0/6", "-5").getCode());
        assertEquals(CoAP.ResponseCode.METHOD_NOT_ALLOWED, text(CoAP.Code.PUT, "3435/0/5", "0").getCode());

        peripheral.delete();
        harness().awaitUpdate(ENDPOINT, "without /3435/0", links -> !hasLinkAtOrBelow(links, "/3435/0"));
    }

    /** Adds a simulated peripheral with these settings, given as name, value, name, value ... */
    private Configuration peripheral(Object... settings) throws IOException {
        Configuration peripheral = configAdmin().createFactoryConfiguration(FACTORY_PID, "?");
        Hashtable<String, Object> properties = new Hashtable<>();
        for (int i = 0; i < settings.length; i += 2) {
            properties.put((String) settings[i], settings[i + 1]);
        }
        peripheral.update(properties);
        return peripheral;
    }

    /** A plain-text request: the test server has no model of the IPSO objects, so it is sent as CoAP. */
    private Response text(CoAP.Code method, String path, String payload) throws InterruptedException {
        Request request = new Request(method);
        request.getOptions().setUriPath(path);
        if (payload != null) {
            request.getOptions().setContentFormat(ContentFormat.TEXT_CODE);
            request.setPayload(payload);
        } else {
            request.getOptions().setAccept(ContentFormat.TEXT_CODE);
        }
        return harness().leshan().sendRaw(registration(), request);
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
