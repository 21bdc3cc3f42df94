package org.lwm2m.gateway.api.codec;

/**
 * A payload that cannot be decoded, or a node that cannot be encoded in a format. The message is a short
 * diagnostic suitable for a 4.00 response.
 */
public class CodecException extends Exception {

    private static final long serialVersionUID = 1L;

    public CodecException(String message) {
        super(message);
    }

    public CodecException(String message, Throwable cause) {
        super(message, cause);
    }
}
