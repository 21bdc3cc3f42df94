package org.lwm2m.gateway.engine;

import static org.eclipse.californium.core.coap.CoAP.ResponseCode.BAD_REQUEST;
import static org.eclipse.californium.core.coap.CoAP.ResponseCode.CHANGED;
import static org.eclipse.californium.core.coap.CoAP.ResponseCode.CONTENT;
import static org.eclipse.californium.core.coap.CoAP.ResponseCode.METHOD_NOT_ALLOWED;
import static org.eclipse.californium.core.coap.CoAP.ResponseCode.NOT_FOUND;
import static org.eclipse.californium.core.coap.CoAP.ResponseCode.UNSUPPORTED_CONTENT_FORMAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.californium.core.CoapResponse;
import org.eclipse.leshan.core.node.LwM2mMultipleResource;
import org.eclipse.leshan.core.node.LwM2mObjectInstance;
import org.eclipse.leshan.core.node.LwM2mResourceInstance;
import org.eclipse.leshan.core.node.LwM2mSingleResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.node.MultipleResource;
import org.lwm2m.gateway.api.node.ResourceNode;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.api.object.ValueInstance;
import org.lwm2m.gateway.api.object.WriteMode;

class WriteTest extends DispatcherTestBase {

    private Map<LwM2mPath, ResourceNode> valuesBefore;

    @BeforeEach
    void recordValues() {
        valuesBefore = allValues();
    }

    /** Every resource of instance 0 of the objects these tests write to. */
    private Map<LwM2mPath, ResourceNode> allValues() {
        Map<LwM2mPath, ResourceNode> values = new LinkedHashMap<>();
        for (TestProvider provider : List.of(objects.server, objects.acl, objects.device, objects.appData)) {
            int objectId = provider.model().id();
            ValueInstance instance = provider.get(0);
            instance.resourceIds().forEach(id -> values.put(LwM2mPath.of(objectId, 0, id), instance.get(id)));
        }
        return values;
    }

    /** Asserts that a refused write changed no value and that the dispatcher reported nothing written. */
    private void assertNothingWritten() {
        Map<LwM2mPath, ResourceNode> now = allValues();
        Set<LwM2mPath> paths = new LinkedHashSet<>(valuesBefore.keySet());
        paths.addAll(now.keySet());
        List<String> changed = paths.stream()
                .filter(path -> !Objects.equals(valuesBefore.get(path), now.get(path)))
                .map(path -> path + ": " + valuesBefore.get(path) + " -> " + now.get(path))
                .toList();
        assertEquals(List.of(), changed, "values changed by a refused write");
        assertEquals(List.of(), context.written, "paths the dispatcher reported written");
    }

    private Value value(TestProvider provider, int resourceId) {
        return ((SingleResource) provider.get(0).get(resourceId)).value();
    }

    private Map<Integer, Value> values(TestProvider provider, int resourceId) {
        return ((MultipleResource) provider.get(0).get(resourceId)).instances();
    }

    @Test
    void replacesSingleResourceFromText() {
        assertCode(CHANGED, peer.put("/3/0/14", TEXT, text("+02")));
        assertEquals(Value.of("+02"), value(objects.device, 14));
        assertEquals(List.of(LwM2mPath.of(3, 0, 14)), context.written);
    }

    @Test
    void replacesSingleResourceFromTlv() throws Exception {
        byte[] payload = ORACLE.encode(LwM2mSingleResource.newDateResource(13, new Date(1_800_000_000_000L)), TLV,
                "/3/0/13");
        assertCode(CHANGED, peer.put("/3/0/13", TLV, payload));
        assertEquals(Value.time(1_800_000_000L), value(objects.device, 13));
    }

    @Test
    void replacesOpaqueResourceInMultipleInstancesFromOpaque() {
        assertCode(CHANGED, peer.put("/19/0/0/1", OPAQUE, new byte[] {9, 8, 7}));
        Map<Integer, Value> data = values(objects.appData, 0);
        assertEquals(Value.of(new byte[] {0x0a}), data.get(0), "the other instance stays");
        assertEquals(Value.of(new byte[] {9, 8, 7}), data.get(1));
        assertEquals(List.of(LwM2mPath.of(19, 0, 0)), context.written);
    }

    @Test
    void replacesInstanceFromTlv() throws Exception {
        byte[] payload = ORACLE.encode(new LwM2mObjectInstance(0, LwM2mSingleResource.newIntegerResource(1, 600),
                LwM2mSingleResource.newStringResource(7, "UQ")), TLV, "/1/0");
        assertCode(CHANGED, peer.put("/1/0", TLV, payload));
        assertEquals(Value.of(600L), value(objects.server, 1));
        assertEquals(Value.of("UQ"), value(objects.server, 7));
        assertEquals(List.of(LwM2mPath.of(1, 0, 1), LwM2mPath.of(1, 0, 7)), context.written);
    }

    @Test
    void replaceOfAnInstanceResetsTheOptionalWritableResourcesItLeavesOut() throws Exception {
        byte[] payload = ORACLE.encode(new LwM2mObjectInstance(0, LwM2mSingleResource.newStringResource(14, "+02")),
                TLV, "/3/0");
        assertCode(CHANGED, peer.put("/3/0", TLV, payload));

        assertEquals(Value.of("+02"), value(objects.device, 14));
        assertCode(NOT_FOUND, peer.get("/3/0/15", TEXT));
        assertCode(NOT_FOUND, peer.get("/3/0/13", TEXT));
        assertEquals(Value.of("Open Mobile Alliance"), value(objects.device, 0), "read-only resources stay");
    }

    @Test
    void updatesInstanceFromTlv() throws Exception {
        byte[] payload = ORACLE.encode(new LwM2mObjectInstance(0, LwM2mSingleResource.newIntegerResource(1, 90)),
                TLV, "/1/0");
        assertCode(CHANGED, peer.post("/1/0", TLV, payload));
        assertEquals(Value.of(90L), value(objects.server, 1));
        assertEquals(Value.of("U"), value(objects.server, 7));
    }

    @Test
    void updateOfMultipleResourceMergesInstances() throws Exception {
        byte[] payload = ORACLE.encode(LwM2mMultipleResource.newIntegerResource(2, Map.of(7, 1L)), TLV, "/2/0/2");
        assertCode(CHANGED, peer.post("/2/0/2", TLV, payload));
        assertEquals(Map.of(101, Value.of(15L), 7, Value.of(1L)), values(objects.acl, 2));
    }

    @Test
    void replaceOfMultipleResourceReplacesInstances() throws Exception {
        byte[] payload = ORACLE.encode(LwM2mMultipleResource.newIntegerResource(2, Map.of(7, 1L)), TLV, "/2/0/2");
        assertCode(CHANGED, peer.put("/2/0/2", TLV, payload));
        assertEquals(Map.of(7, Value.of(1L)), values(objects.acl, 2));
    }

    @Test
    void writeOfResourceInstanceAddsOrReplacesThatInstance() throws Exception {
        assertCode(CHANGED, peer.put("/2/0/2/5", TEXT, text("3")));
        byte[] tlv = ORACLE.encode(LwM2mResourceInstance.newIntegerInstance(101, 1), TLV, "/2/0/2/101");
        assertCode(CHANGED, peer.put("/2/0/2/101", TLV, tlv));
        assertEquals(Map.of(101, Value.of(1L), 5, Value.of(3L)), values(objects.acl, 2));
        CoapResponse read = assertCode(CONTENT, peer.get("/2/0/2/5"));
        assertEquals("3", read.getResponseText());
    }

    @ParameterizedTest
    @CsvSource({"/3/0/0, Evil Corp", "/3/0/4, 1", "/3/0/6/0, 2", "/1/0/13, 1"})
    void readOnlyAndExecutableResourcesAreNotWritable(String path, String value) {
        assertCode(METHOD_NOT_ALLOWED, peer.put(path, TEXT, text(value)));
        assertNothingWritten();
    }

    @Test
    void instanceWriteWithReadOnlyResourceWritesNothing() throws Exception {
        byte[] payload = ORACLE.encode(new LwM2mObjectInstance(0, LwM2mSingleResource.newIntegerResource(1, 600),
                LwM2mSingleResource.newIntegerResource(0, 999)), TLV, "/1/0");
        assertCode(METHOD_NOT_ALLOWED, peer.put("/1/0", TLV, payload));
        assertNothingWritten();
    }

    @ParameterizedTest
    @CsvSource({"/1/0/1, three hundred", "/1/0/6, maybe", "/3/0/13, 2024-01-01"})
    void valueThatDoesNotFitTheTypeWritesNothing(String path, String value) {
        assertCode(BAD_REQUEST, peer.put(path, TEXT, text(value)));
        assertNothingWritten();
    }

    @Test
    void malformedTlvWritesNothing() {
        byte[][] garbage = {{(byte) 0xc8}, {(byte) 0xc1, 0x01}, {(byte) 0xff, (byte) 0xff, (byte) 0xff},
            {(byte) 0x08, 0x00, 0x05, (byte) 0xc1, 0x01, 0x02}};
        for (byte[] payload : garbage) {
            assertCode(BAD_REQUEST, peer.put("/1/0", TLV, payload));
            assertCode(BAD_REQUEST, peer.post("/1/0", TLV, payload));
            assertCode(BAD_REQUEST, peer.put("/2/0/2", TLV, payload));
        }
        assertNothingWritten();
    }

    @Test
    void valueTheProviderRefusesWritesNothing() throws Exception {
        byte[] payload = ORACLE.encode(new LwM2mObjectInstance(0, LwM2mSingleResource.newStringResource(7, "T"),
                LwM2mSingleResource.newIntegerResource(1, -5)), TLV, "/1/0");
        CoapResponse r = assertCode(BAD_REQUEST, peer.put("/1/0", TLV, payload));
        assertEquals("lifetime must be positive", r.getResponseText());
        assertNothingWritten();
    }

    @Test
    void writeNeedsAContentFormatTheCodecsSupport() {
        assertCode(BAD_REQUEST, peer.put("/3/0/14", NONE, text("+02")));
        assertCode(UNSUPPORTED_CONTENT_FORMAT, peer.put("/3/0/14", JSON, text("+02")));
        assertCode(UNSUPPORTED_CONTENT_FORMAT, peer.put("/3/0/14", OPAQUE, text("+02")));
        assertCode(UNSUPPORTED_CONTENT_FORMAT, peer.put("/1/0", TEXT, text("600")));
        assertCode(UNSUPPORTED_CONTENT_FORMAT, peer.post("/2/0/2", TEXT, text("1")));
        assertNothingWritten();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/42/0/1", "/3/1/14", "/1/0/5", "/3/0/14/0"})
    void writeToUnknownPathsIsNotFound(String path) {
        assertCode(NOT_FOUND, peer.put(path, TEXT, text("1")));
        assertNothingWritten();
    }

    @Test
    void writeOnObjectOrPostOnResourceInstanceIsNotAllowed() throws Exception {
        assertCode(METHOD_NOT_ALLOWED, peer.put("/1", TLV, ORACLE.encode(
                new LwM2mObjectInstance(0, LwM2mSingleResource.newIntegerResource(1, 600)), TLV, "/1/0")));
        assertCode(METHOD_NOT_ALLOWED, peer.post("/2/0/2/5", TEXT, text("3")));
        assertNothingWritten();
    }

    @Test
    void instanceWriteReachesTheProviderInOneCall() throws Exception {
        byte[] payload = ORACLE.encode(new LwM2mObjectInstance(0, LwM2mSingleResource.newIntegerResource(2, 10),
                LwM2mSingleResource.newIntegerResource(3, 60)), TLV, "/1/0");
        assertCode(CHANGED, peer.post("/1/0", TLV, payload));
        assertEquals(1, objects.server.writes.size());
        TestProvider.Write write = objects.server.writes.get(0);
        assertEquals(WriteMode.UPDATE, write.mode());
        assertEquals(CoapPeer.SERVER, write.requester(), "the dispatcher names the server that asks");
        assertEquals(List.of(new SingleResource(2, Value.of(10L)), new SingleResource(3, Value.of(60L))),
                write.resources());
    }

    @Test
    void refusedWritesNeverReachTheProvider() throws Exception {
        assertCode(METHOD_NOT_ALLOWED, peer.put("/1/0/0", TEXT, text("5")));
        assertCode(BAD_REQUEST, peer.put("/1/0/1", TEXT, text("x")));
        assertCode(BAD_REQUEST, peer.put("/1/0", TLV, new byte[] {(byte) 0xc8}));
        assertCode(METHOD_NOT_ALLOWED, peer.put("/1/0", TLV, ORACLE.encode(new LwM2mObjectInstance(0,
                LwM2mSingleResource.newIntegerResource(1, 60), LwM2mSingleResource.newIntegerResource(0, 1)), TLV,
                "/1/0")));
        assertCode(BAD_REQUEST, peer.put("/1/0/1", NONE, text("60")));
        assertCode(UNSUPPORTED_CONTENT_FORMAT, peer.put("/1/0/1", JSON, text("60")));
        assertTrue(objects.server.writes.isEmpty());
    }
}
