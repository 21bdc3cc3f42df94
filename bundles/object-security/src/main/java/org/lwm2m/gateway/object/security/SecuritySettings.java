package org.lwm2m.gateway.object.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A validated client configuration as the Security object needs it: endpoint, server URI, short server id
 * and the optional PSK credentials. Error messages name the offending setting but never show the key.
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
     * Validates a configuration.
     *
     * @throws IllegalArgumentException naming what is wrong, without the key
     */
    static SecuritySettings from(SecurityConfig config) {
        String endpoint = trimmed(config.endpoint());
        if (endpoint.isEmpty()) {
            throw new IllegalArgumentException("LwM2M client configuration: endpoint is missing");
        }
        String prefix = "LwM2M client configuration for endpoint '" + endpoint + "': ";
        URI uri = serverUri(trimmed(config.serverUri()), prefix);
        int shortServerId = config.shortServerId();
        if (shortServerId < 1 || shortServerId > 65534) {
            throw new IllegalArgumentException(prefix + "shortServerId must be 1..65534, not " + shortServerId);
        }
        Optional<PskCredentials> psk = psk(trimmed(config.pskIdentity()), trimmed(config._pskKey()), prefix);
        boolean secure = "coaps".equals(uri.getScheme());
        if (secure && psk.isEmpty()) {
            throw new IllegalArgumentException(prefix + "a coaps:// server URI needs a PSK identity and key");
        }
        if (!secure && psk.isPresent()) {
            throw new IllegalArgumentException(prefix + "PSK credentials need a coaps:// server URI, not " + uri);
        }
        return new SecuritySettings(endpoint, uri, shortServerId, psk);
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
