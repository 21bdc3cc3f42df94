package org.lwm2m.gateway.api.object;

import org.lwm2m.gateway.api.LwM2mPath;

/**
 * Who asks for an operation on an object: the system (a local application, a driver, the engine itself), the
 * bootstrap server, or a management server named by its short server id. Providers use it for the rules that
 * depend on the asker (the Security object answers only the bootstrap server; access control and attributes are
 * per server).
 *
 * @param kind          which of the three
 * @param shortServerId the management server's short server id (1 to 65534), or {@link LwM2mPath#NONE}
 */
public record Requester(Kind kind, int shortServerId) {

    /** The three kinds of asker. */
    public enum Kind {
        SYSTEM, BOOTSTRAP_SERVER, MANAGEMENT_SERVER
    }

    /** A local application, a driver or the engine. */
    public static final Requester SYSTEM = new Requester(Kind.SYSTEM, LwM2mPath.NONE);

    /** The client's bootstrap server. */
    public static final Requester BOOTSTRAP_SERVER = new Requester(Kind.BOOTSTRAP_SERVER, LwM2mPath.NONE);

    /** Short server ids span 1 to 65534 (Core §E.2, resource 1/x/0). */
    public static final int MAX_SHORT_SERVER_ID = 65534;

    /** @throws IllegalArgumentException if the kind and the short server id do not go together */
    public Requester {
        if (kind == null) {
            throw new IllegalArgumentException("a requester has a kind");
        }
        boolean server = kind == Kind.MANAGEMENT_SERVER;
        if (server && (shortServerId < 1 || shortServerId > MAX_SHORT_SERVER_ID)) {
            throw new IllegalArgumentException("short server id must be 1.." + MAX_SHORT_SERVER_ID + ", not "
                    + shortServerId);
        }
        if (!server && shortServerId != LwM2mPath.NONE) {
            throw new IllegalArgumentException(kind + " has no short server id");
        }
    }

    /** The management server with this short server id. */
    public static Requester server(int shortServerId) {
        return new Requester(Kind.MANAGEMENT_SERVER, shortServerId);
    }

    public boolean isManagementServer() {
        return kind == Kind.MANAGEMENT_SERVER;
    }

    @Override
    public String toString() {
        return isManagementServer() ? "server " + shortServerId : kind.name().toLowerCase().replace('_', ' ');
    }
}
