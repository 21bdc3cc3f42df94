package org.lwm2m.gateway.api;

/**
 * An operation that failed with an LwM2M response code. The message is a short diagnostic that may be sent
 * to the server, so it never contains secrets.
 */
public class LwM2mException extends Exception {

    private static final long serialVersionUID = 1L;

    private final ResponseCode code;

    public LwM2mException(ResponseCode code, String message) {
        super(message);
        this.code = code;
    }

    public LwM2mException(ResponseCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public ResponseCode code() {
        return code;
    }

    public static LwM2mException notFound(LwM2mPath path) {
        return new LwM2mException(ResponseCode.NOT_FOUND, "no " + path);
    }

    public static LwM2mException notAllowed(String message) {
        return new LwM2mException(ResponseCode.METHOD_NOT_ALLOWED, message);
    }

    public static LwM2mException badRequest(String message) {
        return new LwM2mException(ResponseCode.BAD_REQUEST, message);
    }
}
