package org.lwm2m.gateway.runtime;

import java.net.URI;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Supplier;

import org.lwm2m.gateway.api.client.ClientConfiguration;
import org.lwm2m.gateway.api.client.ClientSettings;
import org.lwm2m.gateway.api.client.ClientSettings.ServerAccount;

/**
 * The client settings a container passes in environment variables, validated by {@link ClientSettings} as the
 * configuration they become (so the environment and Configuration Admin have one set of rules, and messages name
 * the variables): one LwM2M server or a bootstrap server (or both), the endpoint name, the lifetime, the PSK,
 * Raw Public Key or certificate credentials and the content formats the Register advertises.
 */
record EnvironmentSettings(String endpoint, Optional<URI> serverUri, Optional<URI> bootstrapUri,
        OptionalLong lifetime, Optional<Psk> psk, Optional<Psk> bootstrapPsk, Optional<ClientSettings.Rpk> rpk,
        Optional<ClientSettings.X509> x509, Optional<String> contentFormats) {

    static final String SERVER_URI = "LWM2M_SERVER_URI";
    static final String BOOTSTRAP_URI = "LWM2M_BOOTSTRAP_URI";
    static final String ENDPOINT = "LWM2M_ENDPOINT";
    static final String LIFETIME = "LWM2M_LIFETIME";
    static final String PSK_IDENTITY = "LWM2M_PSK_IDENTITY";
    static final String PSK_KEY = "LWM2M_PSK_KEY";
    static final String CONTENT_FORMATS = "LWM2M_CONTENT_FORMATS";
    static final String BOOTSTRAP_PSK_IDENTITY = "LWM2M_BOOTSTRAP_PSK_IDENTITY";
    static final String BOOTSTRAP_PSK_KEY = "LWM2M_BOOTSTRAP_PSK_KEY";
    static final String RPK_PUBLIC_KEY = "LWM2M_RPK_PUBLIC_KEY";
    static final String RPK_PRIVATE_KEY = "LWM2M_RPK_PRIVATE_KEY";
    static final String SERVER_PUBLIC_KEY = "LWM2M_SERVER_PUBLIC_KEY";
    static final String X509_CERTIFICATE = "LWM2M_X509_CERTIFICATE";
    static final String X509_PRIVATE_KEY = "LWM2M_X509_PRIVATE_KEY";
    static final String SERVER_CERTIFICATE = "LWM2M_SERVER_CERTIFICATE";
    static final String CERTIFICATE_USAGE = "LWM2M_CERTIFICATE_USAGE";

    static final String ENDPOINT_PREFIX = "lwm2m-gateway-";

    /** The variables that set a client configuration property, by property (the endpoint has a default). */
    private static final Map<String, String> VARIABLES = Map.ofEntries(
            Map.entry(ClientConfiguration.SERVER_URI, SERVER_URI), Map.entry(ClientConfiguration.ENDPOINT, ENDPOINT),
            Map.entry(ClientConfiguration.LIFETIME, LIFETIME), Map.entry(ClientConfiguration.PSK_IDENTITY, PSK_IDENTITY),
            Map.entry(ClientConfiguration.PSK_KEY, PSK_KEY), Map.entry(ClientConfiguration.CONTENT_FORMATS,
                    CONTENT_FORMATS),
            Map.entry(ClientConfiguration.BOOTSTRAP_SERVER_URI, BOOTSTRAP_URI),
            Map.entry(ClientConfiguration.BOOTSTRAP_PSK_IDENTITY, BOOTSTRAP_PSK_IDENTITY),
            Map.entry(ClientConfiguration.BOOTSTRAP_PSK_KEY, BOOTSTRAP_PSK_KEY),
            Map.entry(ClientConfiguration.RPK_PUBLIC_KEY, RPK_PUBLIC_KEY),
            Map.entry(ClientConfiguration.RPK_PRIVATE_KEY, RPK_PRIVATE_KEY),
            Map.entry(ClientConfiguration.SERVER_PUBLIC_KEY, SERVER_PUBLIC_KEY),
            Map.entry(ClientConfiguration.X509_CERTIFICATE, X509_CERTIFICATE),
            Map.entry(ClientConfiguration.X509_PRIVATE_KEY, X509_PRIVATE_KEY),
            Map.entry(ClientConfiguration.SERVER_CERTIFICATE, SERVER_CERTIFICATE),
            Map.entry(ClientConfiguration.CERTIFICATE_USAGE, CERTIFICATE_USAGE));

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
     * @return empty when neither {@value #SERVER_URI} nor {@value #BOOTSTRAP_URI} is set
     * @throws InvalidEnvironmentException when a variable is set to a value that cannot be used; its message
     *             names the variable and never contains the PSK key
     */
    static Optional<EnvironmentSettings> read(Function<String, String> environment, Supplier<String> hostName)
            throws InvalidEnvironmentException {
        if (value(environment, SERVER_URI).isEmpty() && value(environment, BOOTSTRAP_URI).isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put(ClientConfiguration.ENDPOINT,
                value(environment, ENDPOINT).orElseGet(() -> ENDPOINT_PREFIX + hostName.get()));
        VARIABLES.forEach((property, variable) -> value(environment, variable)
                .ifPresent(text -> properties.putIfAbsent(property, text)));
        ClientSettings settings;
        try {
            settings = ClientSettings.of(properties, property -> VARIABLES.getOrDefault(property, property));
        } catch (IllegalArgumentException e) {
            throw new InvalidEnvironmentException(e.getMessage());
        }
        Optional<ServerAccount> server = settings.servers().stream().findFirst();
        OptionalLong lifetime = server.isPresent() && properties.containsKey(ClientConfiguration.LIFETIME)
                ? OptionalLong.of(server.get().lifetime()) : OptionalLong.empty();
        Optional<Psk> psk = server.flatMap(ServerAccount::psk).map(EnvironmentSettings::psk);
        Optional<Psk> bootstrapPsk = settings.bootstrapServer().flatMap(ClientSettings.BootstrapAccount::psk)
                .map(EnvironmentSettings::psk);
        return Optional.of(new EnvironmentSettings(settings.endpoint(), server.map(ServerAccount::uri),
                settings.bootstrapServer().map(ClientSettings.BootstrapAccount::uri), lifetime, psk, bootstrapPsk,
                server.flatMap(ServerAccount::rpk), server.flatMap(ServerAccount::x509),
                value(environment, CONTENT_FORMATS)));
    }

    private static Psk psk(ClientSettings.Psk checked) {
        return new Psk(checked.identity(), HexFormat.of().formatHex(checked.key()));
    }

    /** The properties of the client configuration these settings describe. */
    Dictionary<String, Object> toProperties() {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(ClientConfiguration.ENDPOINT, endpoint);
        serverUri.ifPresent(uri -> properties.put(ClientConfiguration.SERVER_URI, uri.toString()));
        bootstrapUri.ifPresent(uri -> properties.put(ClientConfiguration.BOOTSTRAP_SERVER_URI, uri.toString()));
        lifetime.ifPresent(seconds -> properties.put(ClientConfiguration.LIFETIME, seconds));
        psk.ifPresent(credentials -> {
            properties.put(ClientConfiguration.PSK_IDENTITY, credentials.identity());
            properties.put(ClientConfiguration.PSK_KEY, credentials.keyHex());
        });
        bootstrapPsk.ifPresent(credentials -> {
            properties.put(ClientConfiguration.BOOTSTRAP_PSK_IDENTITY, credentials.identity());
            properties.put(ClientConfiguration.BOOTSTRAP_PSK_KEY, credentials.keyHex());
        });
        rpk.ifPresent(keys -> {
            HexFormat hex = HexFormat.of();
            properties.put(ClientConfiguration.RPK_PUBLIC_KEY, hex.formatHex(keys.publicKey()));
            properties.put(ClientConfiguration.RPK_PRIVATE_KEY, hex.formatHex(keys.privateKey()));
            properties.put(ClientConfiguration.SERVER_PUBLIC_KEY, hex.formatHex(keys.serverPublicKey()));
        });
        x509.ifPresent(certificates -> {
            HexFormat hex = HexFormat.of();
            properties.put(ClientConfiguration.X509_CERTIFICATE, hex.formatHex(certificates.certificate()));
            properties.put(ClientConfiguration.X509_PRIVATE_KEY, hex.formatHex(certificates.privateKey()));
            properties.put(ClientConfiguration.SERVER_CERTIFICATE, hex.formatHex(certificates.serverCertificate()));
            properties.put(ClientConfiguration.CERTIFICATE_USAGE, certificates.usage());
        });
        contentFormats.ifPresent(formats -> properties.put(ClientConfiguration.CONTENT_FORMATS, formats));
        return properties;
    }

    /** A one-line description for the log, without the PSK key or the private key. */
    String describe() {
        StringBuilder text = new StringBuilder().append("endpoint ").append(endpoint);
        serverUri.ifPresent(uri -> text.append(", server ").append(uri));
        bootstrapUri.ifPresent(uri -> text.append(", bootstrap server ").append(uri));
        bootstrapPsk.ifPresent(credentials -> text.append(", bootstrap PSK identity ")
                .append(credentials.identity()));
        lifetime.ifPresent(seconds -> text.append(", lifetime ").append(seconds).append(" s"));
        psk.ifPresent(credentials -> text.append(", PSK identity ").append(credentials.identity()));
        rpk.ifPresent(keys -> text.append(", raw public key"));
        x509.ifPresent(certificates -> text.append(", certificate (usage ").append(certificates.usage()).append(')'));
        contentFormats.ifPresent(formats -> text.append(", content formats ").append(formats));
        return text.toString();
    }

    private static Optional<String> value(Function<String, String> environment, String name) {
        return Optional.ofNullable(environment.apply(name)).map(String::trim).filter(v -> !v.isEmpty());
    }



}
