package org.lwm2m.gateway.engine;

import java.util.Objects;

/**
 * What a client registers with, read from its Security and Server instances: the connection, the short server
 * id, the Server instance that holds the registration parameters, the lifetime in seconds and the binding.
 */
record ServerSettings(ServerConnection connection, int shortServerId, int serverInstanceId, long lifetime,
        String binding) {

    ServerSettings {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(binding, "binding");
        if (lifetime <= 0) {
            throw new IllegalArgumentException("lifetime must be positive: " + lifetime);
        }
    }
}
