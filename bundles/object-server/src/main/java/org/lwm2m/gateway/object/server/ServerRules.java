package org.lwm2m.gateway.object.server;

import org.lwm2m.gateway.api.object.Requester;

/** The value ranges of the Server object's numeric settings, shared by configuration and writes. */
final class ServerRules {

    private ServerRules() {
    }

    /** @throws IllegalArgumentException unless 1..{@value Requester#MAX_SHORT_SERVER_ID} */
    static long shortServerId(long value) {
        if (value < 1 || value > Requester.MAX_SHORT_SERVER_ID) {
            throw new IllegalArgumentException("shortServerId must be 1.." + Requester.MAX_SHORT_SERVER_ID + ", not "
                    + value);
        }
        return value;
    }

    /** @throws IllegalArgumentException unless at least 1 second */
    static long lifetime(long value) {
        if (value < 1) {
            throw new IllegalArgumentException("lifetime must be at least 1 second, not " + value);
        }
        return value;
    }

    /** @throws IllegalArgumentException if negative */
    static long period(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative, not " + value);
        }
        return value;
    }
}
