package org.lwm2m.gateway.api;

/** The CoAP response codes that LwM2M operations answer with. */
public enum ResponseCode {
    CREATED(2, 1),
    DELETED(2, 2),
    CHANGED(2, 4),
    CONTENT(2, 5),
    BAD_REQUEST(4, 0),
    UNAUTHORIZED(4, 1),
    FORBIDDEN(4, 3),
    NOT_FOUND(4, 4),
    METHOD_NOT_ALLOWED(4, 5),
    NOT_ACCEPTABLE(4, 6),
    UNSUPPORTED_CONTENT_FORMAT(4, 15),
    INTERNAL_SERVER_ERROR(5, 0),
    SERVICE_UNAVAILABLE(5, 3);

    private final int codeClass;
    private final int detail;

    ResponseCode(int codeClass, int detail) {
        this.codeClass = codeClass;
        this.detail = detail;
    }

    public int codeClass() {
        return codeClass;
    }

    public int detail() {
        return detail;
    }

    public boolean isSuccess() {
        return codeClass == 2;
    }

    /** "4.04" style. */
    @Override
    public String toString() {
        return codeClass + "." + (detail < 10 ? "0" : "") + detail;
    }
}
