package org.lwm2m.gateway.engine;

import static org.eclipse.californium.core.coap.CoAP.ResponseCode.BAD_REQUEST;
import static org.eclipse.californium.core.coap.CoAP.ResponseCode.METHOD_NOT_ALLOWED;
import static org.eclipse.californium.core.coap.CoAP.ResponseCode.NOT_FOUND;

import org.eclipse.californium.core.coap.CoAP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    @ParameterizedTest
    @CsvSource({"GET, /rd", "POST, /rd/abc", "GET, /.well-known/core", "GET, /3/zero", "GET, /3/0/6/0/1"})
    void pathsThatAreNotLwM2mAreNotFound(CoAP.Code method, String path) {
        assertCode(NOT_FOUND, peer.send(method, path));
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
