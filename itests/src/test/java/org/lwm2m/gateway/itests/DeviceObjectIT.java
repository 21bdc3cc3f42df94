package org.lwm2m.gateway.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.lwm2m.gateway.itests.GatewayHarness.attribute;
import static org.lwm2m.gateway.itests.GatewayHarness.describe;
import static org.lwm2m.gateway.itests.GatewayHarness.link;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;

import org.eclipse.californium.core.coap.Response;
import org.eclipse.leshan.core.ResponseCode;
import org.eclipse.leshan.core.link.Link;
import org.eclipse.leshan.core.model.ResourceModel.Type;
import org.eclipse.leshan.core.node.LwM2mObject;
import org.eclipse.leshan.core.node.LwM2mObjectInstance;
import org.eclipse.leshan.core.node.LwM2mResource;
import org.eclipse.leshan.core.node.LwM2mSingleResource;
import org.eclipse.leshan.core.request.ContentFormat;
import org.eclipse.leshan.core.request.DiscoverRequest;
import org.eclipse.leshan.core.request.ReadRequest;
import org.eclipse.leshan.core.request.WriteRequest;
import org.eclipse.leshan.core.response.DiscoverResponse;
import org.eclipse.leshan.core.response.LwM2mResponse;
import org.eclipse.leshan.core.response.ReadResponse;
import org.eclipse.leshan.core.response.WriteResponse;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.lwm2m.gateway.api.client.LwM2mClient;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** A Leshan server reads, writes and discovers the Device object (/3) of a registered gateway. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DeviceObjectIT extends WithRegisteredGateway {

    private static final String ENDPOINT = "it-device";

    public DeviceObjectIT() {
        super(ENDPOINT);
    }

    @Test
    public void readDeviceInstanceInTlv() throws Exception {
        ReadResponse response = send(new ReadRequest(ContentFormat.TLV, 3, 0));

        assertEquals(response.toString(), ResponseCode.CONTENT, response.getCode());
        assertEquals("content format", ContentFormat.TLV_CODE, contentFormat(response));
        LwM2mObjectInstance device = (LwM2mObjectInstance) response.getContent();
        assertEquals(0, device.getId());
        String manufacturer = (String) single(device, 0, Type.STRING).getValue();
        String model = (String) single(device, 1, Type.STRING).getValue();
        assertFalse("empty manufacturer", manufacturer.isEmpty());
        assertFalse("empty model number", model.isEmpty());
        Date currentTime = (Date) single(device, 13, Type.TIME).getValue();
        Duration skew = Duration.between(currentTime.toInstant(), Instant.now()).abs();
        assertTrue("current time " + currentTime + " is " + skew + " away from now", skew.toSeconds() < 60);
        LwM2mResource errorCodes = device.getResource(11);
        assertNotNull("no Error Code (11) in " + device, errorCodes);
        assertTrue("Error Code (11) is not multiple", errorCodes.isMultiInstances());
        assertEquals("type of Error Code (11)", Type.INTEGER, errorCodes.getType());

        LwM2mClient client = harness().client(ENDPOINT);
        assertEquals("manufacturer as the application sees it", client.get("3/0/0").toJava(), manufacturer);
        assertEquals("model as the application sees it", client.get("3/0/1").toJava(), model);
    }

    @Test
    public void readWithoutAcceptIsSenmlCborAndTheWholeObjectReadsInBothSenmlFormats() throws Exception {
        ReadResponse instance = send(new ReadRequest(3, 0));
        assertEquals(instance.toString(), ResponseCode.CONTENT, instance.getCode());
        assertEquals("default content format of an instance", ContentFormat.SENML_CBOR_CODE, contentFormat(instance));

        assertWholeDevice(send(new ReadRequest(ContentFormat.SENML_JSON, 3)));
        assertWholeDevice(send(new ReadRequest(ContentFormat.SENML_CBOR, 3)));
    }

    private void assertWholeDevice(ReadResponse object) throws Exception {
        assertEquals(object.toString(), ResponseCode.CONTENT, object.getCode());
        LwM2mObjectInstance device = ((LwM2mObject) object.getContent()).getInstance(0);
        assertNotNull("no /3/0 in " + object.getContent(), device);
        assertEquals(harness().client(ENDPOINT).get("3/0/0").toJava(), single(device, 0, Type.STRING).getValue());
        assertEquals("type of Error Code (11)", Type.INTEGER, device.getResource(11).getType());
    }

    @Test
    public void partialUpdatesInSenmlChangeOnlyTheUtcOffset() throws Exception {
        String manufacturer = readManufacturer();
        for (ContentFormat format : new ContentFormat[] {ContentFormat.SENML_JSON, ContentFormat.SENML_CBOR}) {
            String offset = format == ContentFormat.SENML_JSON ? "UTC+05:45" : "UTC-09:30";
            WriteResponse write = send(new WriteRequest(WriteRequest.Mode.UPDATE,
                    format, 3, 0, LwM2mSingleResource.newStringResource(14, offset)));
            assertEquals(write.toString(), ResponseCode.CHANGED, write.getCode());

            assertEquals(offset, readUtcOffset(format));
            assertEquals(manufacturer, readManufacturer());
        }
    }

    @Test
    public void readManufacturerInPlainText() throws Exception {
        ReadResponse response = send(new ReadRequest(ContentFormat.TEXT, 3, 0, 0));

        assertEquals(response.toString(), ResponseCode.CONTENT, response.getCode());
        assertEquals("content format", ContentFormat.TEXT_CODE, contentFormat(response));
        LwM2mSingleResource manufacturer = (LwM2mSingleResource) response.getContent();
        assertEquals(0, manufacturer.getId());
        assertEquals(harness().client(ENDPOINT).get("3/0/0").toJava(), manufacturer.getValue());
    }

    @Test
    public void writtenUtcOffsetReadsBack() throws Exception {
        WriteResponse write = send(new WriteRequest(3, 0, 14, "UTC+02:00"));
        assertEquals(write.toString(), ResponseCode.CHANGED, write.getCode());

        assertEquals("UTC+02:00", readUtcOffset(ContentFormat.TEXT));
        assertEquals("UTC+02:00", readUtcOffset(ContentFormat.TLV));
        assertEquals("UTC+02:00", harness().client(ENDPOINT).get("3/0/14").toJava());
    }

    @Test
    public void partialUpdateInTlvChangesOnlyTheUtcOffset() throws Exception {
        String manufacturer = readManufacturer();
        WriteResponse write = send(new WriteRequest(WriteRequest.Mode.UPDATE,
                ContentFormat.TLV, 3, 0, LwM2mSingleResource.newStringResource(14, "UTC-03:30")));
        assertEquals(write.toString(), ResponseCode.CHANGED, write.getCode());

        assertEquals("UTC-03:30", readUtcOffset(ContentFormat.TEXT));
        assertEquals(manufacturer, readManufacturer());
    }

    @Test
    public void discoverDeviceObject() throws Exception {
        DiscoverResponse response = send(new DiscoverRequest(3));

        assertEquals(response.toString(), ResponseCode.CONTENT, response.getCode());
        Link[] links = response.getObjectLinks();
        Link object = link(links, "/3");
        assertNotNull("no </3> in " + describe(links), object);
        assertEquals("version of </3> in " + describe(links), "1.2", attribute(object, "ver"));
        assertNotNull("no </3/0> in " + describe(links), link(links, "/3/0"));
        for (int resource : new int[] {0, 1, 4, 11, 13, 14, 16}) {
            assertNotNull("no </3/0/" + resource + "> in " + describe(links), link(links, "/3/0/" + resource));
        }
        assertEquals("links outside /3: " + describe(links), 0,
                Arrays.stream(links).map(Link::getUriReference)
                        .filter(t -> !t.equals("/3") && !t.startsWith("/3/")).count());
    }

    private String readUtcOffset(ContentFormat format) throws InterruptedException {
        return readString(format, 3, 0, 14);
    }

    private String readManufacturer() throws InterruptedException {
        return readString(ContentFormat.TEXT, 3, 0, 0);
    }

    private static LwM2mSingleResource single(LwM2mObjectInstance instance, int id, Type type) {
        LwM2mResource resource = instance.getResource(id);
        assertNotNull("no resource " + id + " in " + instance, resource);
        assertFalse("resource " + id + " is multiple", resource.isMultiInstances());
        assertEquals("type of resource " + id, type, resource.getType());
        return (LwM2mSingleResource) resource;
    }

    private static int contentFormat(LwM2mResponse response) {
        Response coap = (Response) response.getCoapResponse();
        return coap.getOptions().getContentFormat();
    }

    @Test
    public void omaJsonAndPlainCborReadAndWrite() throws Exception {
        LwM2mClient client = harness().client(ENDPOINT);
        ReadResponse json = send(new ReadRequest(ContentFormat.JSON, 3, 0));
        assertEquals(json.toString(), ResponseCode.CONTENT, json.getCode());
        assertEquals("content format", ContentFormat.JSON_CODE, contentFormat(json));
        assertEquals(client.get("3/0/0").toJava(),
                ((LwM2mObjectInstance) json.getContent()).getResource(0).getValue());

        ReadResponse cbor = send(new ReadRequest(ContentFormat.CBOR, 3, 0, 9));
        assertEquals(cbor.toString(), ResponseCode.CONTENT, cbor.getCode());
        assertEquals("content format", ContentFormat.CBOR_CODE, contentFormat(cbor));
        assertEquals(client.get("3/0/9").toJava(), ((LwM2mSingleResource) cbor.getContent()).getValue());

        WriteResponse cborWrite = send(new WriteRequest(ContentFormat.CBOR, 3, 0, 15, "Europe/Oslo"));
        assertEquals(cborWrite.toString(), ResponseCode.CHANGED, cborWrite.getCode());
        assertEquals("Europe/Oslo", client.get("3/0/15").toJava());
        WriteResponse jsonWrite = send(new WriteRequest(WriteRequest.Mode.UPDATE, ContentFormat.JSON, 3, 0,
                LwM2mSingleResource.newStringResource(15, "Europe/Riga")));
        assertEquals(jsonWrite.toString(), ResponseCode.CHANGED, jsonWrite.getCode());
        assertEquals("Europe/Riga", client.get("3/0/15").toJava());
    }
}
