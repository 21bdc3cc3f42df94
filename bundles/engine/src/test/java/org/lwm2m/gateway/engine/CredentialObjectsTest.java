package org.lwm2m.gateway.engine;

import static org.eclipse.californium.core.coap.CoAP.ResponseCode.UNAUTHORIZED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.californium.core.CoapResponse;
import org.eclipse.californium.core.coap.CoAP;
import org.eclipse.leshan.core.node.LwM2mObjectInstance;
import org.eclipse.leshan.core.node.LwM2mSingleResource;
import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.codec.text.TextCodec;

/** The Security object's secrets never leave the client: every server operation on it is 4.01. */
class CredentialObjectsTest extends DispatcherTestBase {

    @Test
    void everyOperationOnSecurityIsUnauthorized() throws Exception {
        byte[] instance = ORACLE.encode(new LwM2mObjectInstance(0, LwM2mSingleResource.newStringResource(0,
                "coap://evil.example.org")), TLV, "/0/0");
        List<CoapResponse> responses = new ArrayList<>();
        for (String path : List.of("/0", "/0/0", "/0/0/5", "/0/0/16/0", "/0/7", "/0/0/99")) {
            responses.add(peer.get(path));
            responses.add(peer.get(path, TLV));
            responses.add(peer.get(path, TEXT));
            responses.add(peer.get(path, OPAQUE));
            responses.add(peer.get(path, LINK));
            responses.add(peer.put(path, TLV, instance));
            responses.add(peer.post(path, TLV, instance));
            responses.add(peer.post(path, NONE, null));
            responses.add(peer.delete(path));
            responses.add(peer.send(CoAP.Code.FETCH, path));
        }
        for (CoapResponse r : responses) {
            assertCode(UNAUTHORIZED, r);
            assertFalse(r.getResponseText().contains(TestObjects.SECRET));
        }
        assertEquals(new SingleResource(0, Value.of("coaps://lwm2m.example.org:5684")),
                objects.security.get(0).get(0));
        assertTrue(objects.security.writes.isEmpty());
        assertEquals(Set.of(0), objects.security.instanceIds());
    }

    @Test
    void securityIsUnauthorizedEvenWithoutProvider() {
        TestContext bare = new TestContext().codecs(new TextCodec());
        try (CoapPeer other = new CoapPeer(bare)) {
            assertCode(UNAUTHORIZED, other.get("/0/0/5"));
            assertCode(UNAUTHORIZED, other.get("/21/0/0"));
        }
    }
}
