package org.lwm2m.gateway.object.server;

import java.util.Objects;

/** A validated client configuration as the Server object needs it. */
record ServerSettings(String endpoint, int shortServerId, long lifetime, long defaultMinPeriod,
        long defaultMaxPeriod, Binding binding) {

    ServerSettings {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(binding, "binding");
    }

    /**
     * Validates a configuration.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    static ServerSettings from(ServerConfig config) {
        String endpoint = config.endpoint() == null ? "" : config.endpoint().trim();
        if (endpoint.isEmpty()) {
            throw new IllegalArgumentException("LwM2M client configuration: endpoint is missing");
        }
        String prefix = "LwM2M client configuration for endpoint '" + endpoint + "': ";
        try {
            return new ServerSettings(endpoint,
                    (int) ServerRules.shortServerId(config.shortServerId()),
                    ServerRules.lifetime(config.lifetime()),
                    ServerRules.period("defaultMinPeriod", config.defaultMinPeriod()),
                    ServerRules.period("defaultMaxPeriod", config.defaultMaxPeriod()),
                    new Binding(config.binding() == null ? "" : config.binding().trim()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(prefix + e.getMessage(), e);
        }
    }
}
