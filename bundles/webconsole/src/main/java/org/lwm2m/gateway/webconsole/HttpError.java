package org.lwm2m.gateway.webconsole;

import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.ResponseCode;

/** A request the JSON API refuses: the HTTP status and the one-line reason it answers with. */
final class HttpError extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;

    HttpError(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }

    static HttpError badRequest(String message) {
        return new HttpError(400, message);
    }

    /**
     * The HTTP status of an LwM2M refusal. 4.01 becomes 403, not 401: a 401 would make the browser ask again for the
     * console's credentials, which are fine.
     */
    static HttpError of(LwM2mException e) {
        ResponseCode code = e.code();
        int status;
        if (code == ResponseCode.NOT_FOUND) {
            status = 404;
        } else if (code == ResponseCode.METHOD_NOT_ALLOWED) {
            status = 405;
        } else if (code == ResponseCode.UNAUTHORIZED) {
            status = 403;
        } else if (code == ResponseCode.SERVICE_UNAVAILABLE) {
            status = 503;
        } else {
            status = code.codeClass() == 4 ? 400 : 500;
        }
        return new HttpError(status, e.getMessage());
    }
}
