package org.lwm2m.gateway.object.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.lwm2m.gateway.api.client.ClientConfiguration;

/**
 * One server account of a validated client configuration, as the Security object needs it: endpoint, server URI,
 * short server id and the optional PSK credentials. Error messages name the offending setting but never show the key.
 */
record SecuritySettings(String endpoint, URI serverUri, int shortServerId, Optional<PskCredentials> psk) {

    SecuritySettings {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(serverUri, "serverUri");
        Objects.requireNonNull(psk, "psk");
    }

    SecurityMode mode() {
        return psk.isPresent() ? SecurityMode.PSK : SecurityMode.NO_SEC;
    }

    /**
     * Validates a configuration: the settings of each of its servers, in order.
     *
     * @throws IllegalArgumentException naming what is wrong, without the key
     */
    static List<SecuritySettings> from(SecurityConfig config) {
        String endpoint = trimmed(config.endpoint());
        if (endpoint.isEmpty()) {
            throw new IllegalArgumentException("LwM2M client configuration: endpoint is missing");
        }
        String prefix = "LwM2M client configuration for endpoint '" + endpoint + "': ";
        String[] uris = config.serverUri();
        if (uris.length == 0) {
            throw new IllegalArgumentException(prefix + "serverUri is missing");
        }
        try {
            int[] shortServerIds = ClientConfiguration.shortServerIds(config.shortServerId(), uris.length);
            List<SecuritySettings> servers = new ArrayList<>();
            for (int i = 0; i < uris.length; i++) {
                servers.add(server(endpoint, uris, i, shortServerIds[i], config, prefix));
            }
            return servers;
        } catch (IllegalArgumentException e) {
            throw e.getMessage().startsWith(prefix) ? e : new IllegalArgumentException(prefix + e.getMessage(), e);
        }
    }

    private static SecuritySettings server(String endpoint, String[] uris, int index, int shortServerId,
            SecurityConfig config, String prefix) {
        URI uri = serverUri(trimmed(uris[index]), prefix);
        if (shortServerId < 1 || shortServerId > 65534) {
            throw new IllegalArgumentException(prefix + "shortServerId must be 1..65534, not " + shortServerId);
        }
        boolean secure = "coaps".equals(uri.getScheme());
        String[] identities = config.pskIdentity();
        String[] keys = config._pskKey();
        // a PSK given once for several servers belongs to their coaps:// servers only
        boolean shared = uris.length > 1 && identities.length <= 1 && keys.length <= 1;
        Optional<PskCredentials> psk = shared && !secure ? Optional.empty()
                : psk(perServer(ClientConfiguration.PSK_IDENTITY, identities, uris.length, index),
                        perServer("pskKey", keys, uris.length, index), prefix);
        if (secure && psk.isEmpty()) {
            throw new IllegalArgumentException(prefix + "a coaps:// server URI needs a PSK identity and key");
        }
        if (!secure && psk.isPresent()) {
            throw new IllegalArgumentException(prefix + "PSK credentials need a coaps:// server URI, not " + uri);
        }
        return new SecuritySettings(endpoint, uri, shortServerId, psk);
    }

    /** Server {@code index}'s value of a per-server text setting, empty when it has none. */
    private static String perServer(String name, String[] values, int servers, int index) {
        return values.length == 0 ? "" : trimmed(values[ClientConfiguration.valueFor(name, values.length, servers,
                index)]);
    }

    /**
     * Checks a server URI: coap:// or coaps:// with a host. Returns it with the scheme in lower case.
     *
     * @throws IllegalArgumentException if it is not one
     */
    static URI serverUri(String text, String prefix) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException(prefix + "serverUri is missing");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(prefix + "serverUri is not a URI: " + text, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("coap") && !scheme.equals("coaps")) {
            throw new IllegalArgumentException(prefix + "serverUri must be coap:// or coaps://, not " + text);
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException(prefix + "serverUri has no host: " + text);
        }
        // schemes are case-insensitive (RFC 3986), but readers of resource 0 compare them as written
        return URI.create(scheme + text.substring(uri.getScheme().length()));
    }

    private static Optional<PskCredentials> psk(String identity, String hexKey, String prefix) {
        if (identity.isEmpty() && hexKey.isEmpty()) {
            return Optional.empty();
        }
        if (hexKey.isEmpty()) {
            throw new IllegalArgumentException(prefix + "pskIdentity is set but the PSK key is missing");
        }
        if (identity.isEmpty()) {
            throw new IllegalArgumentException(prefix + "a PSK key is set but pskIdentity is missing");
        }
        if (hexKey.length() % 2 != 0 || !hexKey.chars().allMatch(HexFormat::isHexDigit)) {
            throw new IllegalArgumentException(prefix + "the PSK key is not an even number of hex digits");
        }
        return Optional.of(new PskCredentials(identity, HexFormat.of().parseHex(hexKey)));
    }

    private static String trimmed(String s) {
        return s == null ? "" : s.trim();
    }

    byte[] identityBytes() {
        return psk.map(p -> p.identity().getBytes(StandardCharsets.UTF_8)).orElse(new byte[0]);
    }

    byte[] secretKey() {
        return psk.map(PskCredentials::key).orElse(new byte[0]);
    }
}
