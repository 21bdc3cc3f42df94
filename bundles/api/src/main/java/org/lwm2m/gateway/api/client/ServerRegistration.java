package org.lwm2m.gateway.api.client;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a client's registration with one management server stands.
 *
 * @param shortServerId the server's short server id
 * @param server        the server's URI while registered
 * @param state         the registration's state
 * @param location      the registration location the server assigned ("/rd/abc"), while registered
 * @param lastUpdate    when the last Register or Update with this server succeeded, if ever
 */
public record ServerRegistration(int shortServerId, Optional<URI> server, ClientState state,
        Optional<String> location, Optional<Instant> lastUpdate) {

    public ServerRegistration {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(lastUpdate, "lastUpdate");
    }
}
