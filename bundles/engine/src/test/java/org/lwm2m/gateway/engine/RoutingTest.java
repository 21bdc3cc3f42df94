package org.lwm2m.gateway.engine;

import static org.eclipse.californium.core.coap.CoAP.ResponseCode.BAD_REQUEST;
import static org.eclipse.californium.core.coap.CoAP.ResponseCode.METHOD_NOT_ALLOWED;
import static org.eclipse.californium.core.coap.CoAP.ResponseCode.NOT_FOUND;

import org.eclipse.californium.core.coap.CoAP;
import org.junit.jupiter.api.Test;

/** Requests that are not LwM2M device management operations on something this client has. */
class RoutingTest extends DispatcherTestBase {

    @Test
    void rootOperationsAreNotAllowed() {
        assertCode(METHOD_NOT_ALLOWED, peer.get("/"));
        assertCode(METHOD_NOT_ALLOWED, peer.get("/", LINK));
        assertCode(METHOD_NOT_ALLOWED, peer.put("/", TLV, new byte[] {1}));
        assertCode(METHOD_NOT_ALLOWED, peer.post("/", NONE, null));
        assertCode(METHOD_NOT_ALLOWED, peer.delete("/"));
    }

    @Test
    void pathsThatAreNotLwM2mAreNotFound() {
        assertCode(NOT_FOUND, peer.get("/rd"));
        assertCode(NOT_FOUND, peer.post("/rd/abc", NONE, null));
        assertCode(NOT_FOUND, peer.get("/.well-known/core"));
        assertCode(NOT_FOUND, peer.get("/3/zero"));
        assertCode(NOT_FOUND, peer.get("/3/0/6/0/1"));
    }

    @Test
    void identifiersOutOfRangeAreBadRequests() {
        assertCode(BAD_REQUEST, peer.get("/65535"));
        assertCode(BAD_REQUEST, peer.get("/3/100000"));
    }

    @Test
    void otherMethodsAreNotAllowed() {
        assertCode(METHOD_NOT_ALLOWED, peer.send(CoAP.Code.FETCH, "/3/0"));
        assertCode(METHOD_NOT_ALLOWED, peer.send(CoAP.Code.IPATCH, "/3/0"));
        assertCode(METHOD_NOT_ALLOWED, peer.send(CoAP.Code.PATCH, "/3/0/14"));
    }
}
