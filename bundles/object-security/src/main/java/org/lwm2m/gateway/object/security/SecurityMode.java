package org.lwm2m.gateway.object.security;

/** The Security Mode values (resource 0/x/2) this object can be configured with. */
enum SecurityMode {
    PSK(0), NO_SEC(3);

    private final int code;

    SecurityMode(int code) {
        this.code = code;
    }

    /** The value of resource 2. */
    int code() {
        return code;
    }
}
