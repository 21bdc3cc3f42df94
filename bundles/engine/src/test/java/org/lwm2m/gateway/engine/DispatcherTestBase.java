package org.lwm2m.gateway.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;

import org.eclipse.californium.core.CoapResponse;
import org.eclipse.californium.core.coap.CoAP;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.lwm2m.gateway.codec.link.LinkFormatCodec;
import org.lwm2m.gateway.codec.opaque.OpaqueCodec;
import org.lwm2m.gateway.codec.text.TextCodec;
import org.lwm2m.gateway.codec.tlv.TlvCodec;

/**
 * Each test gets fresh objects, a client context with the real text, opaque, TLV and link-format codecs, and a
 * dispatcher on a real CoAP endpoint on loopback.
 */
abstract class DispatcherTestBase {

    static final int TEXT = 0;
    static final int LINK = 40;
    static final int OPAQUE = 42;
    static final int TLV = 11542;
    static final int JSON = 11543;
    static final int NONE = -1;

    static final LeshanOracle ORACLE = new LeshanOracle();

    TestObjects objects;
    TestContext context;
    CoapPeer peer;

    @BeforeEach
    void startPeer() {
        objects = new TestObjects();
        context = objects.context()
                .codecs(new TextCodec(), new OpaqueCodec(), new TlvCodec())
                .linkCodec(new LinkFormatCodec());
        peer = new CoapPeer(context);
    }

    @AfterEach
    void stopPeer() {
        peer.close();
    }

    /** Asserts the response code; an error must carry a diagnostic without Content-Format. */
    static CoapResponse assertCode(CoAP.ResponseCode expected, CoapResponse response) {
        assertEquals(expected, response.getCode(), () -> "diagnostic: " + response.getResponseText());
        if (!response.isSuccess()) {
            assertFalse(response.getResponseText().isBlank(), "an error carries a diagnostic");
            assertFalse(response.getOptions().hasContentFormat(), "a diagnostic has no Content-Format");
        }
        return response;
    }

    static byte[] text(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
