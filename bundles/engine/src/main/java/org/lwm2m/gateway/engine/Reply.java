package org.lwm2m.gateway.engine;

import org.lwm2m.gateway.api.ResponseCode;

/**
 * The answer to one server request, before it becomes a CoAP response: a code, an optional payload with its
 * content format ({@link #NO_FORMAT} for none), for a Create the location of the new instance, and what to do once
 * the answer has gone out (null for nothing).
 */
record Reply(ResponseCode code, int contentFormat, byte[] payload, String locationPath, Runnable afterSent) {

    /** Marks a reply without Content-Format option. */
    static final int NO_FORMAT = -1;

    /** Longest diagnostic payload sent with an error; longer messages are cut. */
    private static final int MAX_DIAGNOSTIC = 200;

    Reply {
        payload = payload == null ? new byte[0] : payload.clone();
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    static Reply content(int contentFormat, byte[] payload) {
        return new Reply(ResponseCode.CONTENT, contentFormat, payload, null, null);
    }

    static Reply changed() {
        return new Reply(ResponseCode.CHANGED, NO_FORMAT, null, null, null);
    }

    /** 2.04, and then (a Bootstrap-Request Trigger leaving its servers) {@code afterSent} once it has gone out. */
    static Reply changedThen(Runnable afterSent) {
        return new Reply(ResponseCode.CHANGED, NO_FORMAT, null, null, afterSent);
    }

    static Reply created(String locationPath) {
        return new Reply(ResponseCode.CREATED, NO_FORMAT, null, locationPath, null);
    }

    static Reply deleted() {
        return new Reply(ResponseCode.DELETED, NO_FORMAT, null, null, null);
    }

    /** An error with a short human-readable diagnostic (RFC 7252 §5.5.2: no Content-Format). */
    static Reply error(ResponseCode code, String diagnostic) {
        String text = diagnostic == null || diagnostic.isBlank() ? code.name().toLowerCase(java.util.Locale.ROOT)
                : diagnostic;
        if (text.length() > MAX_DIAGNOSTIC) {
            text = text.substring(0, MAX_DIAGNOSTIC);
        }
        return new Reply(code, NO_FORMAT, text.getBytes(java.nio.charset.StandardCharsets.UTF_8), null, null);
    }
}
