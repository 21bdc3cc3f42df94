package org.lwm2m.gateway.api.client;

import java.lang.reflect.Array;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.lwm2m.gateway.api.object.Requester;

/**
 * A client configuration ({@link ClientConfiguration#FACTORY_PID}) checked in the one place every part of the
 * client goes through: the engine, the Security and Server objects, and the launchers that write configurations
 * from the environment. A value may come typed (from Metatype-aware consoles) or as text (from files); a
 * per-server setting may be one value or a list (see {@link ClientConfiguration}).
 *
 * @param endpoint         the endpoint client name
 * @param servers          the management servers, in configuration order (none when a bootstrap server will
 *                         write them)
 * @param bootstrapServer  the bootstrap server, if one is configured
 * @param defaultMinPeriod default pmin of observations, seconds
 * @param defaultMaxPeriod default pmax of observations, seconds (0: none)
 * @param contentFormats   what the Register and Update say in {@code ct}
 * @param accessControl    the Access Control instances the configuration gives
 * @param blockTransfers   how large payloads travel
 */
public record ClientSettings(String endpoint, List<ServerAccount> servers, Optional<BootstrapAccount> bootstrapServer,
        long defaultMinPeriod, long defaultMaxPeriod, FormatAdvertisement contentFormats,
        List<AccessRule> accessControl, BlockTransfers blockTransfers) {

    /**
     * How large payloads travel (RFC 7959).
     *
     * @param blockSize       the largest payload of one message, and the size of each block of a larger one
     * @param maxTransferSize the largest payload of one block-wise transfer
     */
    public record BlockTransfers(int blockSize, int maxTransferSize) {

        public static final BlockTransfers DEFAULT = new BlockTransfers(ClientConfiguration.DEFAULT_BLOCK_SIZE,
                ClientConfiguration.DEFAULT_MAX_TRANSFER_SIZE);
    }

    /** The binding the engine speaks: UDP ("U"), optionally with the queue-mode letter of LwM2M 1.0. */
    private static final char UDP = 'U';

    /**
     * One management server of a client.
     *
     * @param uri the server URI, scheme in lower case
     * @param psk the PSK credentials of a coaps:// server that uses them
     * @param rpk the Raw Public Key credentials of a coaps:// server that uses them
     * @param x509 the certificate credentials of a coaps:// server that uses them
     */
    public record ServerAccount(URI uri, int shortServerId, long lifetime, Binding binding, Optional<Psk> psk,
            Optional<Rpk> rpk, Optional<X509> x509) {

        public ServerAccount {
            Objects.requireNonNull(uri, "uri");
            Objects.requireNonNull(binding, "binding");
            Objects.requireNonNull(psk, "psk");
            Objects.requireNonNull(rpk, "rpk");
            Objects.requireNonNull(x509, "x509");
        }

        /** Whether the server is reached over DTLS (coaps). */
        public boolean secure() {
            return psk.isPresent() || rpk.isPresent() || x509.isPresent();
        }

        /** The name of the account's security mode, for the log. */
        public String securityMode() {
            return rpk.isPresent() ? "Raw Public Key" : x509.isPresent() ? "Certificate"
                    : psk.isPresent() ? "PSK" : "NoSec";
        }
    }

    /**
     * Raw Public Key credentials in the encodings the Security object holds: the client's public key
     * (SubjectPublicKeyInfo DER), its private key (PKCS #8 DER, never in {@link #toString()}) and the server's public
     * key, the one key the client trusts.
     */
    public record Rpk(byte[] publicKey, byte[] privateKey, byte[] serverPublicKey) {

        /** @throws IllegalArgumentException if a key is not one of the algorithms {@link KeyEncodings} reads */
        public Rpk {
            KeyEncodings.publicKey(publicKey);
            KeyEncodings.privateKey(privateKey);
            KeyEncodings.publicKey(serverPublicKey);
            publicKey = publicKey.clone();
            privateKey = privateKey.clone();
            serverPublicKey = serverPublicKey.clone();
        }

        @Override
        public byte[] publicKey() {
            return publicKey.clone();
        }

        @Override
        public byte[] privateKey() {
            return privateKey.clone();
        }

        @Override
        public byte[] serverPublicKey() {
            return serverPublicKey.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Rpk other && Arrays.equals(publicKey, other.publicKey)
                    && Arrays.equals(privateKey, other.privateKey)
                    && Arrays.equals(serverPublicKey, other.serverPublicKey);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(publicKey) * 31 + Arrays.hashCode(serverPublicKey);
        }

        @Override
        public String toString() {
            return "Rpk[private key hidden]";
        }
    }

    /**
     * Certificate (X.509) credentials in the encodings the Security object holds: the client's certificate (DER), its
     * private key (PKCS #8 DER, never in {@link #toString()}), the server's certificate or its CA's (DER), and the
     * Certificate Usage that says which (0 to 3, as in the Security object's resource 15).
     */
    public record X509(byte[] certificate, byte[] privateKey, byte[] serverCertificate, long usage) {

        /** @throws IllegalArgumentException if a certificate or the key cannot be read, or the usage is not 0-3 */
        public X509 {
            KeyEncodings.certificate(certificate);
            KeyEncodings.privateKey(privateKey);
            KeyEncodings.certificate(serverCertificate);
            if (usage < 0 || usage > 3) {
                throw new IllegalArgumentException("certificate usage " + usage + " is not 0, 1, 2 or 3");
            }
            certificate = certificate.clone();
            privateKey = privateKey.clone();
            serverCertificate = serverCertificate.clone();
        }

        @Override
        public byte[] certificate() {
            return certificate.clone();
        }

        @Override
        public byte[] privateKey() {
            return privateKey.clone();
        }

        @Override
        public byte[] serverCertificate() {
            return serverCertificate.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof X509 other && Arrays.equals(certificate, other.certificate)
                    && Arrays.equals(privateKey, other.privateKey)
                    && Arrays.equals(serverCertificate, other.serverCertificate) && usage == other.usage;
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(certificate) * 31 + Arrays.hashCode(serverCertificate);
        }

        @Override
        public String toString() {
            return "X509[usage " + usage + ", private key hidden]";
        }
    }

    /**
     * The bootstrap server of a client.
     *
     * @param psk the PSK credentials, present exactly for a coaps:// bootstrap server
     */
    public record BootstrapAccount(URI uri, Optional<Psk> psk) {

        public BootstrapAccount {
            Objects.requireNonNull(uri, "uri");
            Objects.requireNonNull(psk, "psk");
        }
    }

    /** PSK credentials; the key never appears in {@link #toString()}. */
    public record Psk(String identity, byte[] key) {

        public Psk {
            Objects.requireNonNull(identity, "identity");
            key = key.clone();
        }

        @Override
        public byte[] key() {
            return key.clone();
        }

        /** The identity as the Security object holds it. */
        public byte[] identityBytes() {
            return identity.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Psk other && identity.equals(other.identity)
                    && Arrays.equals(key, other.key);
        }

        @Override
        public int hashCode() {
            return identity.hashCode() * 31 + Arrays.hashCode(key);
        }

        @Override
        public String toString() {
            return "Psk[identity=" + identity + ", key=(hidden)]";
        }
    }

    public ClientSettings {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(contentFormats, "contentFormats");
        accessControl = List.copyOf(accessControl);
        Objects.requireNonNull(blockTransfers, "blockTransfers");
        Objects.requireNonNull(bootstrapServer, "bootstrapServer");
        servers = List.copyOf(servers);
    }

    /**
     * Checks a client configuration's properties.
     *
     * @throws IllegalArgumentException naming the property, its value (never a key) and what is allowed
     */
    public static ClientSettings of(Map<String, ?> properties) {
        return of(properties, UnaryOperator.identity());
    }

    /**
     * Checks settings that come from elsewhere (the environment, say) as the properties they become; messages call
     * each setting by the name {@code names} gives its property ("lifetime" becomes "LWM2M_LIFETIME").
     *
     * @throws IllegalArgumentException naming the setting, its value (never a key) and what is allowed
     */
    public static ClientSettings of(Map<String, ?> properties, UnaryOperator<String> names) {
        Properties p = new Properties(properties, names);
        String endpoint = p.text(ClientConfiguration.ENDPOINT);
        if (endpoint.isEmpty()) {
            throw new IllegalArgumentException(names.apply(ClientConfiguration.ENDPOINT)
                    + " is missing: every client needs the endpoint name its servers know it by");
        }
        List<String> uris = p.texts(ClientConfiguration.SERVER_URI);
        Optional<BootstrapAccount> bootstrap = p.bootstrapServer();
        if (uris.isEmpty() && bootstrap.isEmpty()) {
            throw new IllegalArgumentException(names.apply(ClientConfiguration.SERVER_URI)
                    + " is missing: give the coap:// or coaps:// URI of at least one server, or a "
                    + names.apply(ClientConfiguration.BOOTSTRAP_SERVER_URI));
        }
        int count = uris.size();
        List<Long> shortServerIds = p.numbers(ClientConfiguration.SHORT_SERVER_ID);
        if (shortServerIds.isEmpty() && count == 1) {
            shortServerIds = List.of((long) ClientConfiguration.DEFAULT_SHORT_SERVER_ID);
        }
        int[] ids = p.shortServerIds(shortServerIds.stream()
                .mapToInt(id -> (int) p.range(ClientConfiguration.SHORT_SERVER_ID, id, 1,
                        Requester.MAX_SHORT_SERVER_ID)).toArray(), count);
        List<Long> lifetimes = orDefault(p.numbers(ClientConfiguration.LIFETIME), ClientConfiguration.DEFAULT_LIFETIME);
        List<String> bindings = orDefault(p.texts(ClientConfiguration.BINDING), ClientConfiguration.DEFAULT_BINDING);
        List<ServerAccount> servers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            URI uri = p.serverUri(uris.get(i));
            long lifetime = p.range(ClientConfiguration.LIFETIME, lifetimes.get(p.valueFor(ClientConfiguration.LIFETIME,
                    lifetimes.size(), count, i)), 1, Integer.MAX_VALUE);
            Binding binding = p.binding(bindings.get(p.valueFor(ClientConfiguration.BINDING, bindings.size(), count,
                    i)));
            Optional<Rpk> rpk = p.rpk(uri, count, i);
            Optional<X509> x509 = p.x509(uri, count, i);
            if (rpk.isPresent() && x509.isPresent()) {
                throw new IllegalArgumentException("a coaps:// server uses a raw public key or a certificate, not "
                        + "both: set " + names.apply(ClientConfiguration.RPK_PUBLIC_KEY) + " or "
                        + names.apply(ClientConfiguration.X509_CERTIFICATE));
            }
            servers.add(new ServerAccount(uri, ids[i], lifetime, binding,
                    rpk.isPresent() || x509.isPresent() ? Optional.empty() : p.psk(uri, count, i), rpk, x509));
        }
        return new ClientSettings(endpoint, servers, bootstrap,
                p.range(ClientConfiguration.DEFAULT_PMIN, p.number(ClientConfiguration.DEFAULT_PMIN, 0), 0,
                        Integer.MAX_VALUE),
                p.range(ClientConfiguration.DEFAULT_PMAX, p.number(ClientConfiguration.DEFAULT_PMAX, 0), 0,
                        Integer.MAX_VALUE),
                p.formatAdvertisement(), p.texts(ClientConfiguration.ACCESS_CONTROL).stream()
                        .map(rule -> AccessRule.parse(rule, names.apply(ClientConfiguration.ACCESS_CONTROL)))
                        .toList(), p.blockTransfers());
    }

    /**
     * Checks a server URI: coap:// or coaps:// with a host. Returns it with the scheme in lower case.
     *
     * @throws IllegalArgumentException if it is not one
     */
    public static URI serverUri(String text) {
        return new Properties(Map.of(), UnaryOperator.identity()).serverUri(text);
    }

    private static <T> List<T> orDefault(List<T> values, T fallback) {
        return values.isEmpty() ? List.of(fallback) : values;
    }

    /**
     * Reads properties that may be typed or text, single or lists (blank text counts as absent), and checks them,
     * calling each by the name {@code names} gives it.
     */
    private record Properties(Map<String, ?> map, UnaryOperator<String> names) {

        long range(String name, long value, long min, long max) {
            if (value < min || value > max) {
                throw new IllegalArgumentException(names.apply(name) + " = " + value + ": must be " + min + ".."
                        + max);
            }
            return value;
        }

        /**
         * Which of the {@code values} values of a per-server setting applies to server {@code server} (counted from
         * 0) of {@code servers}: the only one, or the server's own.
         */
        int valueFor(String name, int values, int servers, int server) {
            if (values == servers) {
                return server;
            }
            if (values == 1) {
                return 0;
            }
            throw new IllegalArgumentException(names.apply(name) + " has " + values + " values for " + servers
                    + " servers: give one value for all of them or one per server");
        }

        /** The short server ids of {@code servers} servers: the configured one for a single server, one each else. */
        int[] shortServerIds(int[] configured, int servers) {
            String name = names.apply(ClientConfiguration.SHORT_SERVER_ID);
            if (configured.length != servers) {
                throw new IllegalArgumentException(name + " has " + configured.length + " values for " + servers
                        + " servers: each server needs its own");
            }
            if (Arrays.stream(configured).distinct().count() != servers) {
                throw new IllegalArgumentException(name + " values must differ: " + Arrays.toString(configured));
            }
            return configured;
        }

        URI serverUri(String text) {
            String name = names.apply(ClientConfiguration.SERVER_URI);
            URI uri;
            try {
                uri = new URI(text);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(name + " = '" + text + "': not a URI (" + e.getReason() + ")",
                        e);
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("coap") && !scheme.equals("coaps")) {
                throw new IllegalArgumentException(name + " = '" + text + "': must be coap://host[:port] or "
                        + "coaps://host[:port]");
            }
            if (uri.getHost() == null) {
                throw new IllegalArgumentException(name + " = '" + text + "': has no host (or an invalid port)");
            }
            if (uri.getPort() > 65535) {
                throw new IllegalArgumentException(name + " = '" + text + "': the port must be 1..65535");
            }
            // schemes are case-insensitive (RFC 3986), but readers of resource 0 compare them as written
            return URI.create(scheme + text.substring(uri.getScheme().length()));
        }

        /** The bootstrap server, over coap:// or, with its own PSK credentials, coaps://. */
        Optional<BootstrapAccount> bootstrapServer() {
            List<String> values = texts(ClientConfiguration.BOOTSTRAP_SERVER_URI);
            if (values.isEmpty()) {
                return Optional.empty();
            }
            String name = names.apply(ClientConfiguration.BOOTSTRAP_SERVER_URI);
            if (values.size() > 1) {
                throw new IllegalArgumentException(name + " has " + values.size() + " values: a client has one "
                        + "bootstrap server");
            }
            URI uri;
            try {
                uri = serverUri(values.get(0));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(e.getMessage().replace(
                        names.apply(ClientConfiguration.SERVER_URI) + " = ", name + " = "), e);
            }
            return Optional.of(new BootstrapAccount(uri, checkedPsk(uri, ClientConfiguration.BOOTSTRAP_SERVER_URI,
                    ClientConfiguration.BOOTSTRAP_PSK_IDENTITY, ClientConfiguration.BOOTSTRAP_PSK_KEY,
                    text(ClientConfiguration.BOOTSTRAP_PSK_IDENTITY), text(ClientConfiguration.BOOTSTRAP_PSK_KEY))));
        }

        FormatAdvertisement formatAdvertisement() {
            List<String> values = texts(ClientConfiguration.CONTENT_FORMATS);
            try {
                return FormatAdvertisement.parse(values);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(names.apply(ClientConfiguration.CONTENT_FORMATS) + " = '"
                        + String.join(" ", values) + "': " + e.getMessage(), e);
            }
        }

        Binding binding(String letters) {
            String name = names.apply(ClientConfiguration.BINDING);
            Binding binding;
            try {
                binding = new Binding(letters);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + " = '" + letters + "': " + e.getMessage(), e);
            }
            if (letters.indexOf(UDP) < 0) {
                throw new IllegalArgumentException(name + " = '" + letters + "': must contain U, the UDP binding "
                        + "this gateway speaks (U, or UQ for LwM2M 1.0 queue mode)");
            }
            return binding;
        }

        /** Server {@code index}'s PSK: its own, or one given for all, which belongs to the coaps:// servers only. */
        Optional<Psk> psk(URI uri, int count, int index) {
            List<String> identities = texts(ClientConfiguration.PSK_IDENTITY);
            List<String> keys = texts(ClientConfiguration.PSK_KEY);
            boolean secure = "coaps".equals(uri.getScheme());
            boolean shared = count > 1 && identities.size() <= 1 && keys.size() <= 1;
            String identity = identities.isEmpty() || shared && !secure ? ""
                    : identities.get(valueFor(ClientConfiguration.PSK_IDENTITY, identities.size(), count, index));
            String key = keys.isEmpty() || shared && !secure ? ""
                    : keys.get(valueFor(ClientConfiguration.PSK_KEY, keys.size(), count, index));
            return checkedPsk(uri, ClientConfiguration.SERVER_URI, ClientConfiguration.PSK_IDENTITY,
                    ClientConfiguration.PSK_KEY, identity, key);
        }

        /**
         * Server {@code index}'s Raw Public Key credentials: the client's key pair, given once for every coaps://
         * server without PSK credentials, and that server's public key. Empty for a coap:// server, and where no key
         * is set.
         */
        Optional<Rpk> rpk(URI uri, int count, int index) {
            return keyCredentials(uri, count, index, "Raw Public Key", ClientConfiguration.RPK_PUBLIC_KEY,
                    ClientConfiguration.RPK_PRIVATE_KEY, ClientConfiguration.SERVER_PUBLIC_KEY, Rpk::new);
        }

        /**
         * Server {@code index}'s certificate credentials: the client's certificate and key, given once for every
         * coaps:// server without PSK credentials, that server's certificate (or its CA's) and the Certificate Usage
         * (3, the server's own certificate, unless set). Empty for a coap:// server, and where none is set.
         */
        Optional<X509> x509(URI uri, int count, int index) {
            return keyCredentials(uri, count, index, "certificate", ClientConfiguration.X509_CERTIFICATE,
                    ClientConfiguration.X509_PRIVATE_KEY, ClientConfiguration.SERVER_CERTIFICATE,
                    (own, secret, server) -> new X509(own, secret, server, certificateUsage(count, index)));
        }

        private long certificateUsage(int count, int index) {
            List<Long> usages = numbers(ClientConfiguration.CERTIFICATE_USAGE);
            return usages.isEmpty() ? ClientConfiguration.DEFAULT_CERTIFICATE_USAGE
                    : range(ClientConfiguration.CERTIFICATE_USAGE, usages.get(valueFor(
                            ClientConfiguration.CERTIFICATE_USAGE, usages.size(), count, index)), 0, 3);
        }

        /** Builds one mode's credentials from the client's own value, its secret, and the server's value. */
        @FunctionalInterface
        private interface KeyCredentials<T> {
            T of(byte[] own, byte[] secret, byte[] server);
        }

        /**
         * The credentials of a mode with a value of the client's (given once), its private key and the server's value
         * (one for all or one per server), all hex of their DER: empty for a coap:// server and where none is set,
         * refused when only some are set, or with a PSK.
         */
        private <T> Optional<T> keyCredentials(URI uri, int count, int index, String mode, String ownProperty,
                String secretProperty, String serverProperty, KeyCredentials<T> credentials) {
            String own = text(ownProperty);
            String secret = text(secretProperty);
            List<String> servers = texts(serverProperty);
            if (own.isEmpty() && secret.isEmpty() && servers.isEmpty() || !"coaps".equals(uri.getScheme())) {
                return Optional.empty();
            }
            String ownName = names.apply(ownProperty);
            String secretName = names.apply(secretProperty);
            String serverName = names.apply(serverProperty);
            if (own.isEmpty() || secret.isEmpty() || servers.isEmpty()) {
                throw new IllegalArgumentException(ownName + ", " + secretName + " and " + serverName
                        + " go together (" + mode + ")");
            }
            if (!texts(ClientConfiguration.PSK_IDENTITY).isEmpty()) {
                throw new IllegalArgumentException("a coaps:// server uses a pre-shared key or a " + mode
                        + ", not both: set " + names.apply(ClientConfiguration.PSK_IDENTITY) + " or " + ownName);
            }
            String server = servers.get(valueFor(serverProperty, servers.size(), count, index));
            byte[] ownValue = hex(own, ownName, own);
            byte[] secretValue = hex(secret, secretName, null);
            byte[] serverValue = hex(server, serverName, server);
            try {
                return Optional.of(credentials.of(ownValue, secretValue, serverValue));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(ownName + ", " + secretName + " or " + serverName + ": "
                        + e.getMessage(), e);
            }
        }

        /** Hex digits as bytes; {@code shown} is what a refusal may quote, null for a secret. */
        private byte[] hex(String text, String name, String shown) {
            if (text.length() % 2 != 0 || !text.chars().allMatch(HexFormat::isHexDigit)) {
                throw new IllegalArgumentException(name + " must be hex: an even number of the digits 0-9 and a-f"
                        + (shown == null ? " (value not shown)" : ", not '" + shown + "'"));
            }
            return HexFormat.of().parseHex(text);
        }

        /**
         * The PSK credentials of a server at {@code uri}: needed for coaps://, refused for coap://, the key in hex
         * (and never shown).
         */
        Optional<Psk> checkedPsk(URI uri, String uriProperty, String identityProperty, String keyProperty,
                String identity, String key) {
            String identityName = names.apply(identityProperty);
            String keyName = names.apply(keyProperty);
            boolean secure = "coaps".equals(uri.getScheme());
            if (identity.isEmpty() != key.isEmpty()) {
                throw new IllegalArgumentException(identity.isEmpty()
                        ? keyName + " is set but " + identityName + " is missing: they go together"
                        : identityName + " is set but " + keyName + " is missing: they go together");
            }
            if (secure && identity.isEmpty()) {
                throw new IllegalArgumentException(names.apply(uriProperty) + " = '" + uri
                        + "': a coaps:// server needs " + identityName + " and " + keyName
                        + (uriProperty.equals(ClientConfiguration.SERVER_URI) ? ", or "
                                + names.apply(ClientConfiguration.RPK_PUBLIC_KEY) + ", "
                                + names.apply(ClientConfiguration.RPK_PRIVATE_KEY) + " and "
                                + names.apply(ClientConfiguration.SERVER_PUBLIC_KEY) + ", or "
                                + names.apply(ClientConfiguration.X509_CERTIFICATE) + ", "
                                + names.apply(ClientConfiguration.X509_PRIVATE_KEY) + " and "
                                + names.apply(ClientConfiguration.SERVER_CERTIFICATE) : ""));
            }
            if (!secure && !identity.isEmpty()) {
                throw new IllegalArgumentException(identityName + " and " + keyName + " need a coaps:// server, not "
                        + uri + " (use coaps:// for DTLS)");
            }
            if (identity.isEmpty()) {
                return Optional.empty();
            }
            if (key.length() % 2 != 0 || !key.chars().allMatch(HexFormat::isHexDigit)) {
                throw new IllegalArgumentException(keyName
                        + " must be hex: an even number of the digits 0-9 and a-f (value not shown)");
            }
            return Optional.of(new Psk(identity, HexFormat.of().parseHex(key)));
        }

        /** The values, trimmed; blank ones keep their place in a per-server list, but all blank is none. */
        List<String> texts(String name) {
            List<String> texts = values(name).stream().map(v -> v.toString().trim()).toList();
            return texts.stream().allMatch(String::isEmpty) ? List.of() : texts;
        }

        String text(String name) {
            List<String> texts = texts(name);
            return texts.isEmpty() ? "" : texts.get(0);
        }

        List<Long> numbers(String name) {
            List<Long> numbers = new ArrayList<>();
            for (String text : texts(name)) {
                try {
                    numbers.add(Long.parseLong(text));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(names.apply(name) + " = '" + text + "': not a whole number",
                            e);
                }
            }
            return numbers;
        }

        /** The block size, a power of two from 16 to 1024, and the largest transfer, at least one block. */
        BlockTransfers blockTransfers() {
            long blockSize = number(ClientConfiguration.BLOCK_SIZE, ClientConfiguration.DEFAULT_BLOCK_SIZE);
            if (blockSize < 16 || blockSize > 1024 || Long.bitCount(blockSize) != 1) {
                throw new IllegalArgumentException(names.apply(ClientConfiguration.BLOCK_SIZE) + " = " + blockSize
                        + ": must be 16, 32, 64, 128, 256, 512 or 1024 bytes");
            }
            long maxTransferSize = range(ClientConfiguration.MAX_TRANSFER_SIZE, number(
                    ClientConfiguration.MAX_TRANSFER_SIZE, ClientConfiguration.DEFAULT_MAX_TRANSFER_SIZE), blockSize,
                    Integer.MAX_VALUE);
            return new BlockTransfers((int) blockSize, (int) maxTransferSize);
        }

        long number(String name, long fallback) {
            List<Long> numbers = numbers(name);
            return numbers.isEmpty() ? fallback : numbers.get(0);
        }

        private List<Object> values(String name) {
            Object value = map.get(name);
            if (value == null) {
                return List.of();
            }
            if (value instanceof Collection<?> collection) {
                return collection.stream().filter(Objects::nonNull).map(Object.class::cast).toList();
            }
            if (value.getClass().isArray()) {
                List<Object> list = new ArrayList<>();
                for (int i = 0; i < Array.getLength(value); i++) {
                    Object item = Array.get(value, i);
                    if (item != null) {
                        list.add(item);
                    }
                }
                return list;
            }
            return List.of(value);
        }
    }
}
