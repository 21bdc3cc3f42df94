package org.lwm2m.gateway.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.eclipse.californium.core.coap.CoAP;
import org.eclipse.californium.core.coap.Request;
import org.eclipse.californium.core.coap.Response;
import org.eclipse.leshan.core.ResponseCode;
import org.eclipse.leshan.core.request.ContentFormat;
import org.eclipse.leshan.core.request.DownlinkRequest;
import org.eclipse.leshan.core.request.ExecuteRequest;
import org.eclipse.leshan.core.request.ReadRequest;
import org.eclipse.leshan.core.request.WriteRequest;
import org.eclipse.leshan.core.response.LwM2mResponse;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.lwm2m.gateway.api.codec.ContentCodec;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** Requests the gateway must refuse, each with its response code, and without changing anything. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ErrorCodesIT extends WithRegisteredGateway {

    private static final String ENDPOINT = "it-errors";
    private static final String BASELINE_OFFSET = "UTC+01:00";
    /** LwM2M CBOR (1.2), which the gateway has no codec for yet. */
    private static final ContentFormat LWM2M_CBOR = ContentFormat.fromCode(11544);

    public ErrorCodesIT() {
        super(ENDPOINT);
    }

    @Test
    public void absentObjectInstanceOrResourceIsNotFound() throws Exception {
        assertCode(ResponseCode.NOT_FOUND, new ReadRequest(3, 5));
        assertCode(ResponseCode.NOT_FOUND, new ReadRequest(9999));
        assertCode(ResponseCode.NOT_FOUND, new ReadRequest(3, 0, 99));
    }

    @Test
    public void writeToReadOnlyResourceIsNotAllowed() throws Exception {
        String manufacturer = readText(0);

        assertCode(ResponseCode.METHOD_NOT_ALLOWED, new WriteRequest(3, 0, 0, "not the manufacturer"));

        assertEquals(manufacturer, readText(0));
    }

    @Test
    public void executeOfNonExecutableResourceIsNotAllowed() throws Exception {
        assertCode(ResponseCode.METHOD_NOT_ALLOWED, new ExecuteRequest(3, 0, 0));
    }

    @Test
    public void readWithAnAcceptNoCodecOffersIsNotAcceptable() throws Exception {
        assertNoCodecFor(LWM2M_CBOR);

        assertCode(ResponseCode.NOT_ACCEPTABLE, new ReadRequest(LWM2M_CBOR, 3, 0));
    }

    @Test
    public void writeInAFormatWithoutCodecIsUnsupported() throws Exception {
        assertNoCodecFor(LWM2M_CBOR);
        writeBaselineOffset();

        Response response = send(CoAP.Code.POST, "3/0", LWM2M_CBOR, new byte[] {(byte) 0xA1, 0x0E, 0x61, 'x'});

        assertEquals(response.toString(), CoAP.ResponseCode.UNSUPPORTED_CONTENT_FORMAT, response.getCode());
        assertEquals(BASELINE_OFFSET, readText(14));
    }

    @Test
    public void truncatedTlvIsABadRequestAndChangesNothing() throws Exception {
        writeBaselineOffset();
        // resource 14 claims a 32-byte value (8-bit length field) but only 3 bytes follow
        byte[] truncated = {(byte) 0xC8, 0x0E, 0x20, 'U', 'T', 'C'};

        Response response = sendTlv(CoAP.Code.PUT, "3/0/14", truncated);

        assertEquals(response.toString(), CoAP.ResponseCode.BAD_REQUEST, response.getCode());
        assertEquals(BASELINE_OFFSET, readText(14));
    }

    @Test
    public void tlvWithAValidAndATruncatedRecordWritesNeither() throws Exception {
        writeBaselineOffset();
        byte[] validThenTruncated = concat(
                // resource 14 = "UTC+09:00" (9 bytes, 8-bit length field)
                new byte[] {(byte) 0xC8, 0x0E, 0x09}, "UTC+09:00".getBytes(StandardCharsets.UTF_8),
                // the next resource claims 32 bytes, 2 follow
                new byte[] {(byte) 0xC8, 0x0F, 0x20, 'E', 'u'});

        Response response = sendTlv(CoAP.Code.POST, "3/0", validThenTruncated);

        assertEquals(response.toString(), CoAP.ResponseCode.BAD_REQUEST, response.getCode());
        assertEquals("a partial write happened", BASELINE_OFFSET, readText(14));

        // the valid record alone is a good write, so the check above could have seen a partial one
        Response control = sendTlv(CoAP.Code.POST, "3/0", Arrays.copyOf(validThenTruncated, 3 + 9));
        assertEquals(control.toString(), CoAP.ResponseCode.CHANGED, control.getCode());
        assertEquals("UTC+09:00", readText(14));
    }

    @Test
    public void securityObjectIsUnauthorizedForServers() throws Exception {
        assertCode(ResponseCode.UNAUTHORIZED, new ReadRequest(0, 0));
        assertCode(ResponseCode.UNAUTHORIZED, new ReadRequest(0));
    }

    private void assertCode(ResponseCode expected, DownlinkRequest<? extends LwM2mResponse> request)
            throws InterruptedException {
        LwM2mResponse response = send(request);
        assertEquals(request + " answered " + response, expected, response.getCode());
    }

    private void assertNoCodecFor(ContentFormat format) throws Exception {
        assertNull("this test needs a framework without a " + format.getName() + " codec",
                context().getServiceReferences(ContentCodec.class.getName(),
                        "(" + ContentCodec.FORMAT_PROPERTY + "=" + format.getCode() + ")"));
    }

    private void writeBaselineOffset() throws InterruptedException {
        assertCode(ResponseCode.CHANGED, new WriteRequest(3, 0, 14, BASELINE_OFFSET));
    }

    private String readText(int resourceId) throws InterruptedException {
        return readString(ContentFormat.TEXT, 3, 0, resourceId);
    }

    private Response sendTlv(CoAP.Code method, String path, byte[] payload) throws InterruptedException {
        return send(method, path, ContentFormat.TLV, payload);
    }

    private Response send(CoAP.Code method, String path, ContentFormat format, byte[] payload)
            throws InterruptedException {
        Request request = new Request(method);
        request.getOptions().setUriPath(path);
        request.getOptions().setContentFormat(format.getCode());
        request.setPayload(payload);
        return harness().leshan().sendRaw(registration(), request);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
