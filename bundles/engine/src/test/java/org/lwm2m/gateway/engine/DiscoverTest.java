package org.lwm2m.gateway.engine;

import static org.eclipse.californium.core.coap.CoAP.ResponseCode.CONTENT;
import static org.eclipse.californium.core.coap.CoAP.ResponseCode.METHOD_NOT_ALLOWED;
import static org.eclipse.californium.core.coap.CoAP.ResponseCode.NOT_ACCEPTABLE;
import static org.eclipse.californium.core.coap.CoAP.ResponseCode.NOT_FOUND;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.eclipse.californium.core.CoapResponse;
import org.eclipse.leshan.core.link.Link;
import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.node.Value;

class DiscoverTest extends DispatcherTestBase {

    private List<String> discover(String path) throws Exception {
        CoapResponse r = assertCode(CONTENT, peer.get(path, LINK));
        assertEquals(LINK, r.getOptions().getContentFormat());
        return Arrays.stream(ORACLE.links(r.getPayload())).map(Link::toCoreLinkFormat).toList();
    }

    @Test
    void objectListsVersionInstancesAndResourcesWithDim() throws Exception {
        assertEquals(List.of("</3>;ver=1.2", "</3/0>", "</3/0/0>", "</3/0/1>", "</3/0/2>", "</3/0/3>", "</3/0/4>",
                "</3/0/6>;dim=2", "</3/0/9>", "</3/0/11>;dim=1", "</3/0/13>", "</3/0/14>", "</3/0/15>", "</3/0/16>"),
                discover("/3"));
    }

    @Test
    void objectOfVersion10HasNoVersionAndListsEveryInstance() throws Exception {
        objects.acl.add(3).set(0, Value.of(1L)).set(1, Value.of(0L)).set(3, Value.of(5L));
        assertEquals(List.of("</2>", "</2/0>", "</2/0/0>", "</2/0/1>", "</2/0/2>;dim=1", "</2/0/3>", "</2/3>",
                "</2/3/0>", "</2/3/1>", "</2/3/3>"), discover("/2"));
    }

    @Test
    void objectWithoutInstancesListsOnlyItself() throws Exception {
        objects.appData.remove(0);
        assertEquals(List.of("</19>"), discover("/19"));
    }

    @Test
    void instanceListsItselfAndItsResources() throws Exception {
        assertEquals(List.of("</1/0>", "</1/0/0>", "</1/0/1>", "</1/0/6>", "</1/0/7>", "</1/0/8>", "</1/0/13>"),
                discover("/1/0"));
    }

    @Test
    void resourceListsItselfWithDimWhenMultiple() throws Exception {
        assertEquals(List.of("</3/0/6>;dim=2"), discover("/3/0/6"));
        assertEquals(List.of("</3/0/14>"), discover("/3/0/14"));
        assertEquals(List.of("</19/0/0>;dim=2"), discover("/19/0/0"));
    }

    @Test
    void resourceInstanceCannotBeDiscovered() {
        assertCode(METHOD_NOT_ALLOWED, peer.get("/3/0/6/0", LINK));
    }

    @Test
    void unknownPathsAreNotFound() {
        assertCode(NOT_FOUND, peer.get("/42", LINK));
        assertCode(NOT_FOUND, peer.get("/3/9", LINK));
        assertCode(NOT_FOUND, peer.get("/3/0/5", LINK));
    }

    @Test
    void withoutLinkCodecDiscoverIsNotAcceptable() {
        context.linkCodec(null);
        assertCode(NOT_ACCEPTABLE, peer.get("/3", LINK));
    }
}
