package org.lwm2m.gateway.engine;

import static org.eclipse.californium.core.coap.CoAP.ResponseCode.BAD_REQUEST;
import static org.eclipse.californium.core.coap.CoAP.ResponseCode.CHANGED;
import static org.eclipse.californium.core.coap.CoAP.ResponseCode.METHOD_NOT_ALLOWED;
import static org.eclipse.californium.core.coap.CoAP.ResponseCode.NOT_FOUND;
import static org.eclipse.californium.core.coap.CoAP.ResponseCode.SERVICE_UNAVAILABLE;
import static org.eclipse.californium.core.coap.CoAP.ResponseCode.UNSUPPORTED_CONTENT_FORMAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.californium.core.CoapResponse;
import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.ResponseCode;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;

class ExecuteTest extends DispatcherTestBase {

    private static final LwM2mPath REBOOT = LwM2mPath.of(3, 0, 4);

    @Test
    void executesWithoutArguments() {
        assertCode(CHANGED, peer.post("/3/0/4", NONE, null));
        assertEquals(List.of(""), objects.reboots);
        assertEquals(List.of(REBOOT), context.executed);
    }

    @Test
    void passesArgumentsAsText() {
        assertCode(CHANGED, peer.post("/3/0/4", TEXT, text("0='5s',1")));
        assertCode(CHANGED, peer.post("/3/0/4", NONE, text("2")));
        assertEquals(List.of("0='5s',1", "2"), objects.reboots);
    }

    @Test
    void malformedArgumentsExecuteNothing() {
        for (String arguments : List.of("now", "0=5", "0='5", "0,", "12", "0='x'1", "0='in 5 s'")) {
            CoapResponse r = assertCode(BAD_REQUEST, peer.post("/3/0/4", TEXT, text(arguments)));
            assertTrue(r.getResponseText().contains("execute arguments"), r.getResponseText());
        }
        assertTrue(objects.reboots.isEmpty());
        assertTrue(context.executed.isEmpty());
    }

    @Test
    void claimedResourceRunsTheApplicationCallbackOffTheCoapThreads() {
        List<String> calls = new CopyOnWriteArrayList<>();
        context.callback(REBOOT, (path, arguments) -> calls.add(path + " " + arguments + " on "
                + Thread.currentThread().getName()));
        assertCode(CHANGED, peer.post("/3/0/4", TEXT, text("1")));
        assertEquals(1, calls.size());
        assertTrue(calls.get(0).startsWith("/3/0/4 1 on " + CoapPeer.WORKER_PREFIX), calls.get(0));
        assertTrue(objects.reboots.isEmpty(), "the provider is not called when an application claimed it");
        assertEquals(List.of(REBOOT), context.executed);
    }

    @Test
    void callbackFailureAnswersWithItsCode() {
        context.callback(REBOOT, (path, arguments) -> {
            throw new LwM2mException(ResponseCode.SERVICE_UNAVAILABLE, "busy updating");
        });
        CoapResponse r = assertCode(SERVICE_UNAVAILABLE, peer.post("/3/0/4", NONE, null));
        assertEquals("busy updating", r.getResponseText());
        assertTrue(context.executed.isEmpty());
    }

    @Test
    void providerFailureAnswersWithItsCode() {
        objects.device.get(0).onExecute(5, arguments -> {
            throw LwM2mException.badRequest("factory reset needs argument 0");
        });
        CoapResponse r = assertCode(BAD_REQUEST, peer.post("/3/0/5", NONE, null));
        assertEquals("factory reset needs argument 0", r.getResponseText());
    }

    @Test
    void onlyExecutableResourcesExecute() {
        assertCode(METHOD_NOT_ALLOWED, peer.post("/3/0/0", NONE, null));
        assertCode(METHOD_NOT_ALLOWED, peer.post("/3/0/14", TEXT, text("+02")));
        assertEquals(new SingleResource(14, Value.of("+01")), objects.device.get(0).get(14));
        assertCode(NOT_FOUND, peer.post("/3/0/12", NONE, null));
        assertCode(NOT_FOUND, peer.post("/3/1/4", NONE, null));
    }

    @Test
    void argumentsMustBePlainText() {
        assertCode(UNSUPPORTED_CONTENT_FORMAT, peer.post("/3/0/4", OPAQUE, text("1")));
        assertTrue(objects.reboots.isEmpty());
    }
}
