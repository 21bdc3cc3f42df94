package org.lwm2m.gateway.engine;

import static org.eclipse.californium.core.coap.CoAP.ResponseCode.CONTENT;
import static org.eclipse.californium.core.coap.CoAP.ResponseCode.METHOD_NOT_ALLOWED;
import static org.eclipse.californium.core.coap.CoAP.ResponseCode.NOT_ACCEPTABLE;
import static org.eclipse.californium.core.coap.CoAP.ResponseCode.NOT_FOUND;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.Set;

import org.eclipse.californium.core.CoapResponse;
import org.eclipse.leshan.core.node.LwM2mMultipleResource;
import org.eclipse.leshan.core.node.LwM2mObject;
import org.eclipse.leshan.core.node.LwM2mObjectInstance;
import org.eclipse.leshan.core.node.LwM2mResource;
import org.eclipse.leshan.core.node.LwM2mResourceInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.codec.opaque.OpaqueCodec;
import org.lwm2m.gateway.codec.text.TextCodec;

class ReadTest extends DispatcherTestBase {

    @Test
    void singleResourceDefaultsToPlainText() throws Exception {
        CoapResponse r = assertCode(CONTENT, peer.get("/3/0/0"));
        assertEquals(TEXT, r.getOptions().getContentFormat());
        assertEquals("Open Mobile Alliance",
                ORACLE.decode(r.getPayload(), TEXT, "/3/0/0", LwM2mResource.class).getValue());
    }

    @Test
    void singleResourceInTlvWhenAccepted() throws Exception {
        CoapResponse r = assertCode(CONTENT, peer.get("/3/0/13", TLV));
        assertEquals(TLV, r.getOptions().getContentFormat());
        assertEquals(new Date(TestObjects.CURRENT_TIME * 1000),
                ORACLE.decode(r.getPayload(), TLV, "/3/0/13", LwM2mResource.class).getValue());
    }

    @Test
    void theLwM2m10NumbersOfTextAndTlvAreUnderstoodAndAnswered() throws Exception {
        CoapResponse tlv = assertCode(CONTENT, peer.get("/3/0/13", 1542));
        assertEquals(1542, tlv.getOptions().getContentFormat());
        assertEquals(new Date(TestObjects.CURRENT_TIME * 1000),
                ORACLE.decode(tlv.getPayload(), TLV, "/3/0/13", LwM2mResource.class).getValue());
        CoapResponse text = assertCode(CONTENT, peer.get("/6/0/0", 1541));
        assertEquals(1541, text.getOptions().getContentFormat());
        assertEquals("48.8584", text.getResponseText());
    }

    @Test
    void floatResourceInText() throws Exception {
        CoapResponse r = assertCode(CONTENT, peer.get("/6/0/0", TEXT));
        assertEquals(48.8584, ORACLE.decode(r.getPayload(), TEXT, "/6/0/0", LwM2mResource.class).getValue());
    }

    @Test
    void opaqueResourceDefaultsToBase64TextAndIsRawWhenOpaqueIsAccepted() throws Exception {
        CoapResponse asText = assertCode(CONTENT, peer.get("/6/0/4"));
        assertEquals(TEXT, asText.getOptions().getContentFormat());
        assertEquals(Base64.getEncoder().encodeToString(TestObjects.VELOCITY), asText.getResponseText());
        assertArrayEquals(TestObjects.VELOCITY,
                (byte[]) ORACLE.decode(asText.getPayload(), TEXT, "/6/0/4", LwM2mResource.class).getValue());

        CoapResponse raw = assertCode(CONTENT, peer.get("/6/0/4", OPAQUE));
        assertEquals(OPAQUE, raw.getOptions().getContentFormat());
        assertArrayEquals(TestObjects.VELOCITY, raw.getPayload());
    }

    @Test
    void multipleResourceDefaultsToTlv() throws Exception {
        CoapResponse r = assertCode(CONTENT, peer.get("/3/0/6"));
        assertEquals(TLV, r.getOptions().getContentFormat());
        LwM2mResource resource = ORACLE.decode(r.getPayload(), TLV, "/3/0/6", LwM2mResource.class);
        assertEquals(Map.of(0, 1L, 1, 5L), Map.of(0, resource.getValue(0), 1, resource.getValue(1)));
        assertEquals(2, resource.getInstances().size());
    }

    @Test
    void resourceInstanceDefaultsToPlainText() throws Exception {
        CoapResponse r = assertCode(CONTENT, peer.get("/3/0/6/1"));
        assertEquals(TEXT, r.getOptions().getContentFormat());
        assertEquals(5L, ORACLE.decode(r.getPayload(), TEXT, "/3/0/6/1", LwM2mResourceInstance.class).getValue());

        CoapResponse tlv = assertCode(CONTENT, peer.get("/2/0/2/101", TLV));
        assertEquals(15L, ORACLE.decode(tlv.getPayload(), TLV, "/2/0/2/101", LwM2mResourceInstance.class).getValue());
    }

    @Test
    void instanceHoldsItsReadableResourcesInTlv() throws Exception {
        CoapResponse r = assertCode(CONTENT, peer.get("/3/0"));
        assertEquals(TLV, r.getOptions().getContentFormat());
        LwM2mObjectInstance instance = ORACLE.decode(r.getPayload(), TLV, "/3/0", LwM2mObjectInstance.class);
        assertEquals(Set.of(0, 1, 2, 3, 6, 9, 11, 13, 14, 15, 16), instance.getResources().keySet(),
                "the executable Reboot is not read");
        assertEquals("+01", instance.getResource(14).getValue());
        assertEquals(87L, instance.getResource(9).getValue());
    }

    @Test
    void instanceSkipsResourcesWithoutReadAccess() throws Exception {
        CoapResponse r = assertCode(CONTENT, peer.get("/1/0", TLV));
        LwM2mObjectInstance instance = ORACLE.decode(r.getPayload(), TLV, "/1/0", LwM2mObjectInstance.class);
        assertEquals(Set.of(0, 1, 6, 7), instance.getResources().keySet(),
                "resource 13 has no operations and 8 is executable");
    }

    @Test
    void objectHoldsAllInstances() throws Exception {
        objects.acl.add(4).set(0, Value.of(1L)).set(1, Value.of(0L)).set(3, Value.of(7L));
        CoapResponse r = assertCode(CONTENT, peer.get("/2"));
        assertEquals(TLV, r.getOptions().getContentFormat());
        LwM2mObject object = ORACLE.decode(r.getPayload(), TLV, "/2", LwM2mObject.class);
        assertEquals(Set.of(0, 4), object.getInstances().keySet());
        assertEquals(101L, object.getInstance(0).getResource(3).getValue());
        assertEquals(15L, ((LwM2mMultipleResource) object.getInstance(0).getResource(2)).getValue(101));
        assertEquals(7L, object.getInstance(4).getResource(3).getValue());
    }

    @Test
    void objectWithoutInstancesIsEmpty() throws Exception {
        objects.appData.remove(0);
        CoapResponse r = assertCode(CONTENT, peer.get("/19"));
        LwM2mObject object = ORACLE.decode(r.getPayload(), TLV, "/19", LwM2mObject.class);
        assertEquals(Set.of(), object.getInstances().keySet());
    }

    @Test
    void formatThatCannotCarryTheTargetIsNotAcceptable() {
        assertCode(NOT_ACCEPTABLE, peer.get("/3/0/0", OPAQUE));
        assertCode(NOT_ACCEPTABLE, peer.get("/3/0", TEXT));
        assertCode(NOT_ACCEPTABLE, peer.get("/3/0/6", TEXT));
        assertCode(NOT_ACCEPTABLE, peer.get("/3", OPAQUE));
    }

    @Test
    void formatWithoutCodecIsNotAcceptable() {
        assertCode(NOT_ACCEPTABLE, peer.get("/3/0/0", JSON));
        assertCode(NOT_ACCEPTABLE, peer.get("/3/0", 60));
    }

    @Test
    void withoutTlvAnyCodecThatFitsIsUsed() throws Exception {
        context.codecs(new OpaqueCodec());
        CoapResponse r = assertCode(CONTENT, peer.get("/6/0/4"));
        assertEquals(OPAQUE, r.getOptions().getContentFormat());
        assertArrayEquals(TestObjects.VELOCITY, r.getPayload());

        assertCode(NOT_ACCEPTABLE, peer.get("/3/0/0"));
        context.codecs(new TextCodec());
        assertCode(NOT_ACCEPTABLE, peer.get("/3/0"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/42", "/42/0/1", "/3/1", "/3/0/17", "/3/0/999", "/3/0/6/7", "/3/0/0/0"})
    void unknownPathsAreNotFound(String path) {
        assertCode(NOT_FOUND, peer.get(path));
    }

    @Test
    void resourcesWithoutReadAccessAreNotAllowed() {
        assertCode(METHOD_NOT_ALLOWED, peer.get("/3/0/4"));
        assertCode(METHOD_NOT_ALLOWED, peer.get("/1/0/13"));
        assertCode(METHOD_NOT_ALLOWED, peer.get("/1/0/8", TLV));
    }
}
