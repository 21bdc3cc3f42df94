package org.lwm2m.gateway.engine;

import static org.eclipse.californium.core.coap.CoAP.ResponseCode.BAD_REQUEST;
import static org.eclipse.californium.core.coap.CoAP.ResponseCode.CHANGED;
import static org.eclipse.californium.core.coap.CoAP.ResponseCode.NOT_FOUND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.eclipse.californium.core.CoapResponse;
import org.eclipse.californium.core.coap.Request;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lwm2m.gateway.api.LwM2mPath;

/** Write-Attributes: kept per server and path, checked, inherited level by level, shown by Discover. */
class WriteAttributesTest extends DispatcherTestBase {

    private CoapResponse writeAttributes(String pathAndQuery) {
        return peer.send(Request.newPut(), pathAndQuery);
    }

    private AttributeStore store() {
        return context.attributes(CoapPeer.SERVER);
    }

    @Test
    void attributesAreKeptPerPathAndInheritedFromAbove() {
        assertCode(CHANGED, writeAttributes("/3?pmin=10&pmax=600"));
        assertCode(CHANGED, writeAttributes("/3/0/9?pmax=60&gt=50&lt=10&st=5"));

        NotificationAttributes battery = store().inForce(LwM2mPath.of(3, 0, 9));
        assertEquals(10L, battery.pmin(), "inherited from the object");
        assertEquals(60L, battery.pmax(), "the resource's own wins");
        assertEquals(new BigDecimal("50"), battery.gt());
        assertEquals(600L, store().inForce(LwM2mPath.of(3, 0, 0)).pmax());
    }

    @Test
    void anAttributeWithoutValueIsRemoved() {
        assertCode(CHANGED, writeAttributes("/3/0?pmin=10&pmax=60"));
        assertCode(CHANGED, writeAttributes("/3/0?pmin"));

        assertEquals(NotificationAttributes.periods(null, 60L),
                store().at(LwM2mPath.of(3, 0)));
    }

    @Test
    void discoverShowsTheAttributesWhereTheyWereWritten() {
        assertCode(CHANGED, writeAttributes("/3/0?pmax=60"));
        assertCode(CHANGED, writeAttributes("/3/0/9?gt=50"));

        String links = assertCode(org.eclipse.californium.core.coap.CoAP.ResponseCode.CONTENT,
                peer.get("/3/0", LINK)).getResponseText();

        assertTrue(links.contains("</3/0>;pmax=60,"), links);
        assertTrue(links.contains("</3/0/9>;gt=50"), links);
        assertTrue(links.contains("</3/0/0>,"), "no attribute where none was written: " + links);
    }

    @Test
    void theLwm2m12AttributesAreKeptAndShown() {
        assertCode(CHANGED, writeAttributes("/1/0/6?edge=1&con=1&hqmax=10"));

        String links = assertCode(org.eclipse.californium.core.coap.CoAP.ResponseCode.CONTENT,
                peer.get("/1/0", LINK)).getResponseText();

        assertTrue(links.contains("</1/0/6>;edge=1;con=1;hqmax=10"), links);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/3/0/0?gt=5         | gt, lt and st apply to a numeric single",
        "/3/0?lt=5           | gt, lt and st apply to a numeric single",
        "/3/0/9?gt=5&lt=10   | lt (10) must be below gt (5)",
        "/3/0/9?gt=10&lt=5&st=3 | lt + 2 st must be below gt",
        "/3/0/9?st=0         | st must be above 0",
        "/3/0/9?pmin=soon    | pmin must be a whole number",
        "/3/0/9?pmax=-1      | pmax must be a whole number",
        "/3/0/9?epmin=5&epmax=5 | epmax (5) must be above epmin (5)",
        "/3/0/9?edge=1       | edge applies to a boolean single",
        "/1/0/6?edge=2       | edge must be 0 or 1",
        "/3/0/9?con=yes      | con must be 0 or 1",
        "/3/0/9?hqmax=-1     | hqmax must be a whole number, 0 or more",
        "/3/0/9?band=1       | unknown attribute 'band'",
        "/3/0/9?pmin=1&pmin=2 | attribute pmin given twice",
    })
    void refusedAttributesChangeNothing(String request, String expected) {
        CoapResponse response = assertCode(BAD_REQUEST, writeAttributes(request));

        assertTrue(response.getResponseText().contains(expected), response.getResponseText());
        assertEquals(NotificationAttributes.NONE, store().inForce(LwM2mPath.of(3, 0, 9)));
    }

    @Test
    void attributesOfAnUnknownPathAreNotFound() {
        assertCode(NOT_FOUND, writeAttributes("/3/7?pmin=1"));
    }
}
