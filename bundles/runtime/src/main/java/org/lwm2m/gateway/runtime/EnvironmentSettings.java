package org.lwm2m.gateway.runtime;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.lwm2m.gateway.api.client.ClientConfiguration;

/**
 * The client settings a container passes in environment variables, validated: one LwM2M server, the endpoint
 * name, the lifetime and the PSK credentials.
 */
record EnvironmentSettings(String endpoint, URI serverUri, OptionalLong lifetime, Optional<Psk> psk) {

    static final String SERVER_URI = "LWM2M_SERVER_URI";
    static final String BOOTSTRAP_URI = "LWM2M_BOOTSTRAP_URI";
    static final String ENDPOINT = "LWM2M_ENDPOINT";
    static final String LIFETIME = "LWM2M_LIFETIME";
    static final String PSK_IDENTITY = "LWM2M_PSK_IDENTITY";
    static final String PSK_KEY = "LWM2M_PSK_KEY";

    static final String ENDPOINT_PREFIX = "lwm2m-gateway-";

    private static final Pattern HEX = Pattern.compile("(?:[0-9a-fA-F]{2})+");

    /** PSK credentials; the key never appears in {@link #toString()}. */
    record Psk(String identity, String keyHex) {

        @Override
        public String toString() {
            return "Psk[identity=" + identity + ", key=(hidden)]";
        }
    }

    /**
     * Reads the settings from the environment.
     *
     * @param environment the value of a variable, or null when it is not set
     * @param hostName the host name that makes the default endpoint name
     * @return empty when {@value #SERVER_URI} is not set
     * @throws InvalidEnvironmentException when a variable is set to a value that cannot be used; its message
     *             names the variable and never contains the PSK key
     */
    static Optional<EnvironmentSettings> read(Function<String, String> environment, Supplier<String> hostName)
            throws InvalidEnvironmentException {
        Optional<String> serverUri = value(environment, SERVER_URI);
        if (serverUri.isEmpty()) {
            return Optional.empty();
        }
        URI uri = serverUri(serverUri.get());
        String endpoint = value(environment, ENDPOINT).orElseGet(() -> ENDPOINT_PREFIX + hostName.get());
        OptionalLong lifetime = lifetime(value(environment, LIFETIME));
        Optional<Psk> psk = psk(value(environment, PSK_IDENTITY), value(environment, PSK_KEY));
        boolean secure = "coaps".equals(uri.getScheme());
        if (secure && psk.isEmpty()) {
            throw new InvalidEnvironmentException(SERVER_URI + " is coaps:// but " + PSK_IDENTITY + " and "
                    + PSK_KEY + " are not set");
        }
        if (!secure && psk.isPresent()) {
            throw new InvalidEnvironmentException(PSK_IDENTITY + " and " + PSK_KEY + " are set but " + SERVER_URI
                    + " is coap:// (use coaps:// for DTLS)");
        }
        return Optional.of(new EnvironmentSettings(endpoint, uri, lifetime, psk));
    }

    /** The properties of the client configuration these settings describe. */
    Dictionary<String, Object> toProperties() {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(ClientConfiguration.ENDPOINT, endpoint);
        properties.put(ClientConfiguration.SERVER_URI, serverUri.toString());
        lifetime.ifPresent(seconds -> properties.put(ClientConfiguration.LIFETIME, seconds));
        psk.ifPresent(credentials -> {
            properties.put(ClientConfiguration.PSK_IDENTITY, credentials.identity());
            properties.put(ClientConfiguration.PSK_KEY, credentials.keyHex());
        });
        return properties;
    }

    /** A one-line description for the log, without the PSK key. */
    String describe() {
        StringBuilder text = new StringBuilder()
                .append("endpoint ").append(endpoint)
                .append(", server ").append(serverUri);
        lifetime.ifPresent(seconds -> text.append(", lifetime ").append(seconds).append(" s"));
        psk.ifPresent(credentials -> text.append(", PSK identity ").append(credentials.identity()));
        return text.toString();
    }

    private static Optional<String> value(Function<String, String> environment, String name) {
        return Optional.ofNullable(environment.apply(name)).map(String::trim).filter(v -> !v.isEmpty());
    }

    private static URI serverUri(String text) throws InvalidEnvironmentException {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new InvalidEnvironmentException(SERVER_URI + " is not a URI: '" + text + "'");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("coap") && !scheme.equals("coaps")) {
            throw new InvalidEnvironmentException(SERVER_URI + " must start with coap:// or coaps://, got '" + text + "'");
        }
        if (uri.getHost() == null) {
            throw new InvalidEnvironmentException(SERVER_URI + " has no host (or an invalid port): '" + text + "'");
        }
        if (uri.getPort() > 65535) {
            throw new InvalidEnvironmentException(SERVER_URI + " has a port above 65535: '" + text + "'");
        }
        try {
            return new URI(scheme, null, uri.getHost(), uri.getPort(), uri.getPath(), null, null);
        } catch (URISyntaxException e) {
            throw new InvalidEnvironmentException(SERVER_URI + " is not a URI: '" + text + "'");
        }
    }

    private static OptionalLong lifetime(Optional<String> text) throws InvalidEnvironmentException {
        if (text.isEmpty()) {
            return OptionalLong.empty();
        }
        long seconds;
        try {
            seconds = Long.parseLong(text.get());
        } catch (NumberFormatException e) {
            seconds = 0;
        }
        if (seconds <= 0) {
            throw new InvalidEnvironmentException(
                    LIFETIME + " must be a positive integer (seconds), got '" + text.get() + "'");
        }
        return OptionalLong.of(seconds);
    }

    private static Optional<Psk> psk(Optional<String> identity, Optional<String> key)
            throws InvalidEnvironmentException {
        if (identity.isEmpty() && key.isEmpty()) {
            return Optional.empty();
        }
        if (identity.isEmpty() || key.isEmpty()) {
            throw new InvalidEnvironmentException(PSK_IDENTITY + " and " + PSK_KEY + " must be set together");
        }
        if (!HEX.matcher(key.get()).matches()) {
            throw new InvalidEnvironmentException(
                    PSK_KEY + " must be hex: an even number of the digits 0-9 and a-f (value not shown)");
        }
        return Optional.of(new Psk(identity.get(), key.get().toLowerCase(Locale.ROOT)));
    }
}
