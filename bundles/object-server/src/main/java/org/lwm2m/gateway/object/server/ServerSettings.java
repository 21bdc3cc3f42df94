package org.lwm2m.gateway.object.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.lwm2m.gateway.api.client.ClientConfiguration;

/** One server of a validated client configuration, as the Server object needs it. */
record ServerSettings(String endpoint, int shortServerId, long lifetime, long defaultMinPeriod,
        long defaultMaxPeriod, Binding binding) {

    ServerSettings {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(binding, "binding");
    }

    /**
     * Validates a configuration: the settings of each of its servers, in order.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    static List<ServerSettings> from(ServerConfig config) {
        String endpoint = config.endpoint() == null ? "" : config.endpoint().trim();
        if (endpoint.isEmpty()) {
            throw new IllegalArgumentException("LwM2M client configuration: endpoint is missing");
        }
        String prefix = "LwM2M client configuration for endpoint '" + endpoint + "': ";
        int count = Math.max(1, config.serverUri().length);
        try {
            int[] shortServerIds = ClientConfiguration.shortServerIds(config.shortServerId(), count);
            long[] lifetimes = config.lifetime();
            String[] bindings = config.binding();
            List<ServerSettings> servers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String binding = bindings[ClientConfiguration.valueFor(ClientConfiguration.BINDING, bindings.length,
                        count, i)];
                servers.add(new ServerSettings(endpoint,
                        (int) ServerRules.shortServerId(shortServerIds[i]),
                        ServerRules.lifetime(lifetimes[ClientConfiguration.valueFor(ClientConfiguration.LIFETIME,
                                lifetimes.length, count, i)]),
                        ServerRules.period("defaultMinPeriod", config.defaultMinPeriod()),
                        ServerRules.period("defaultMaxPeriod", config.defaultMaxPeriod()),
                        new Binding(binding == null ? "" : binding.trim())));
            }
            return servers;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(prefix + e.getMessage(), e);
        }
    }
}
