package org.lwm2m.gateway.engine;

import static org.eclipse.californium.core.coap.CoAP.ResponseCode.BAD_REQUEST;
import static org.eclipse.californium.core.coap.CoAP.ResponseCode.CHANGED;
import static org.eclipse.californium.core.coap.CoAP.ResponseCode.CONTENT;
import static org.eclipse.californium.core.coap.CoAP.ResponseCode.CREATED;
import static org.eclipse.californium.core.coap.CoAP.ResponseCode.DELETED;
import static org.eclipse.californium.core.coap.CoAP.ResponseCode.METHOD_NOT_ALLOWED;
import static org.eclipse.californium.core.coap.CoAP.ResponseCode.NOT_FOUND;
import static org.eclipse.californium.core.coap.CoAP.ResponseCode.UNSUPPORTED_CONTENT_FORMAT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.californium.core.CoapResponse;
import org.eclipse.leshan.core.node.LwM2mMultipleResource;
import org.eclipse.leshan.core.node.LwM2mObject;
import org.eclipse.leshan.core.node.LwM2mObjectInstance;
import org.eclipse.leshan.core.node.LwM2mSingleResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lwm2m.gateway.api.node.MultipleResource;

class CreateDeleteTest extends DispatcherTestBase {

    private static LwM2mObjectInstance acl(int instanceId, int owner) {
        return new LwM2mObjectInstance(instanceId, LwM2mSingleResource.newIntegerResource(0, 3),
                LwM2mSingleResource.newIntegerResource(1, 0),
                LwM2mMultipleResource.newIntegerResource(2, Map.of(owner, 31L)),
                LwM2mSingleResource.newIntegerResource(3, owner));
    }

    private static LwM2mObjectInstance aclWithoutId(int owner) {
        return new LwM2mObjectInstance(List.of(LwM2mSingleResource.newIntegerResource(0, 3),
                LwM2mSingleResource.newIntegerResource(1, 0), LwM2mSingleResource.newIntegerResource(3, owner)));
    }

    @Test
    void createsTheInstanceTheServerNamed() throws Exception {
        CoapResponse r = assertCode(CREATED, peer.post("/2", TLV, ORACLE.encode(acl(5, 77), TLV, "/2")));
        assertEquals(List.of("2", "5"), r.getOptions().getLocationPath());
        assertEquals(Set.of(0, 5), objects.acl.instanceIds());

        CoapResponse read = assertCode(CONTENT, peer.get("/2/5", TLV));
        LwM2mObjectInstance created = ORACLE.decode(read.getPayload(), TLV, "/2/5", LwM2mObjectInstance.class);
        assertEquals(77L, created.getResource(3).getValue());
        assertEquals(31L, ((LwM2mMultipleResource) created.getResource(2)).getValue(77));
    }

    @Test
    void createsAnInstanceWithAnIdOfTheClientsChoosing() throws Exception {
        CoapResponse r = assertCode(CREATED, peer.post("/2", TLV, ORACLE.encode(aclWithoutId(9), TLV, "/2")));
        assertEquals(List.of("2", "1"), r.getOptions().getLocationPath());
        CoapResponse read = assertCode(CONTENT, peer.get("/2/1/3"));
        assertEquals("9", read.getResponseText());
    }

    @Test
    void createsAnEmptyInstanceFromAnEmptyRequest() {
        CoapResponse r = assertCode(CREATED, peer.post("/2", NONE, null));
        assertEquals(List.of("2", "1"), r.getOptions().getLocationPath());
        assertEquals(Set.of(), objects.acl.resourceIds(1));
    }

    @Test
    void existingInstanceCannotBeCreatedAgain() throws Exception {
        assertCode(BAD_REQUEST, peer.post("/2", TLV, ORACLE.encode(acl(0, 77), TLV, "/2")));
        assertEquals(Set.of(0), objects.acl.instanceIds());
        CoapResponse read = assertCode(CONTENT, peer.get("/2/0/3"));
        assertEquals("101", read.getResponseText());
    }

    @Test
    void malformedOrUnfitPayloadCreatesNothing() throws Exception {
        assertCode(BAD_REQUEST, peer.post("/2", TLV, new byte[] {(byte) 0x08, 0x05, 0x10, (byte) 0xc1}));
        assertCode(BAD_REQUEST, peer.post("/2", NONE, ORACLE.encode(acl(5, 77), TLV, "/2")));
        assertCode(UNSUPPORTED_CONTENT_FORMAT, peer.post("/2", TEXT, text("1")));
        LwM2mObject two = new LwM2mObject(2, acl(5, 1), acl(6, 2));
        assertCode(BAD_REQUEST, peer.post("/2", TLV, ORACLE.encode(two, TLV, "/2")));
        assertEquals(Set.of(0), objects.acl.instanceIds());
    }

    @Test
    void objectThatDoesNotSupportCreateRefuses() throws Exception {
        byte[] payload = ORACLE.encode(new LwM2mObjectInstance(3,
                LwM2mSingleResource.newStringResource(7, "U")), TLV, "/1");
        assertCode(METHOD_NOT_ALLOWED, peer.post("/1", TLV, payload));
        assertEquals(Set.of(0), objects.server.instanceIds());
        assertCode(NOT_FOUND, peer.post("/42", TLV, payload));
    }

    @Test
    void deletesAnInstance() throws Exception {
        assertCode(CREATED, peer.post("/2", TLV, ORACLE.encode(acl(5, 77), TLV, "/2")));
        assertCode(DELETED, peer.delete("/2/5"));
        assertEquals(Set.of(0), objects.acl.instanceIds());
        assertCode(NOT_FOUND, peer.get("/2/5"));
        assertCode(NOT_FOUND, peer.delete("/2/5"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/3/0", "/2", "/2/0/3", "/3/0/6/0"})
    void deleteIsOnlyForInstancesTheObjectLetsGo(String path) {
        assertCode(METHOD_NOT_ALLOWED, peer.delete(path));
        assertEquals(Set.of(0), objects.device.instanceIds());
        assertEquals(Set.of(0), objects.acl.instanceIds());
    }

    @Test
    void deletesAResourceInstanceAndKeepsTheOthers() throws Exception {
        assertCode(CHANGED, peer.post("/2/0/2", TLV, ORACLE.encode(
                LwM2mMultipleResource.newIntegerResource(2, Map.of(7, 1L)), TLV, "/2/0/2")));

        assertCode(DELETED, peer.delete("/2/0/2/101"));

        MultipleResource left = (MultipleResource) objects.acl.get(0).get(2);
        assertEquals(Set.of(7), left.instances().keySet());
        assertCode(NOT_FOUND, peer.delete("/2/0/2/101"));
    }

    @Test
    void deleteOfAnAbsentInstanceIsNotFound() {
        assertCode(NOT_FOUND, peer.delete("/2/8"));
        assertEquals(Set.of(0), objects.acl.instanceIds());
    }
}
