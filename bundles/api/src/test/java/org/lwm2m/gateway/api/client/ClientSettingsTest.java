package org.lwm2m.gateway.api.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lwm2m.gateway.api.client.ClientSettings.ServerAccount;

class ClientSettingsTest {

    /** A key whose hex text is easy to spot in any output. */
    private static final String KEY_HEX = "5ec7e75ec7e75ec7e7a1b2c3d4e5f6a7";

    private static Map<String, Object> pskConfig() {
        Map<String, Object> p = new HashMap<>();
        p.put(ClientConfiguration.ENDPOINT, "gw-1");
        p.put(ClientConfiguration.SERVER_URI, "coaps://leshan.example:5684");
        p.put(ClientConfiguration.PSK_IDENTITY, "gw-1-identity");
        p.put(ClientConfiguration.PSK_KEY, KEY_HEX);
        p.put(ClientConfiguration.SHORT_SERVER_ID, 7);
        return p;
    }

    private static void assertNoKey(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains(KEY_HEX.substring(0, 8)), "the key leaked: " + text);
    }

    @Test
    void aPskConfigurationGivesOneSecureServer() {
        ClientSettings settings = ClientSettings.of(pskConfig());

        assertEquals("gw-1", settings.endpoint());
        ServerAccount server = settings.servers().get(0);
        assertEquals(URI.create("coaps://leshan.example:5684"), server.uri());
        assertEquals(7, server.shortServerId());
        assertEquals(ClientConfiguration.DEFAULT_LIFETIME, server.lifetime());
        assertEquals("U", server.binding().letters());
        assertTrue(server.secure());
        assertArrayEquals(HexFormat.of().parseHex(KEY_HEX), server.psk().orElseThrow().key());
        assertNoKey(settings.toString());
    }

    @Test
    void valuesMayComeAsTextAsFromAConfigurationFile() {
        Map<String, Object> config = new HashMap<>();
        config.put(ClientConfiguration.ENDPOINT, " gw-2 ");
        config.put(ClientConfiguration.SERVER_URI, List.of("COAP://[::1]:5683", "coap://two.example"));
        config.put(ClientConfiguration.SHORT_SERVER_ID, new String[] {"1", "2"});
        config.put(ClientConfiguration.LIFETIME, "60");
        config.put(ClientConfiguration.BINDING, new String[] {"U", "UQ"});

        ClientSettings settings = ClientSettings.of(config);

        assertEquals("gw-2", settings.endpoint());
        assertEquals(URI.create("coap://[::1]:5683"), settings.servers().get(0).uri(), "the scheme is normalised");
        assertEquals(List.of(60L, 60L), settings.servers().stream().map(ServerAccount::lifetime).toList());
        assertEquals("UQ", settings.servers().get(1).binding().letters());
        assertEquals(Optional.empty(), settings.servers().get(1).psk());
    }

    @Test
    void aSharedPskGoesToTheCoapsServersOnly() {
        Map<String, Object> config = pskConfig();
        config.put(ClientConfiguration.SERVER_URI, new String[] {"coap://one.example", "coaps://two.example"});
        config.put(ClientConfiguration.SHORT_SERVER_ID, new int[] {1, 2});

        List<ServerAccount> servers = ClientSettings.of(config).servers();

        assertFalse(servers.get(0).secure());
        assertTrue(servers.get(1).secure());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "endpoint      | NULL                             | endpoint is missing",
        "endpoint      | ' '                              | endpoint is missing",
        "serverUri     | NULL                             | serverUri is missing",
        "serverUri     | http://leshan.example            | must be coap://host[:port] or coaps://host[:port]",
        "serverUri     | leshan.example:5684              | must be coap://host[:port] or coaps://host[:port]",
        "serverUri     | coaps:///rd                      | has no host",
        "serverUri     | 'coaps://bad host'               | not a URI",
        "serverUri     | coap://leshan.example            | pskIdentity and .pskKey need a coaps:// server",
        "pskIdentity   | NULL                             | .pskKey is set but pskIdentity is missing",
        ".pskKey       | NULL                             | pskIdentity is set but .pskKey is missing",
        ".pskKey       | 5ec7e75ec7e75ec7e7a1b2c3d4e5f6a  | .pskKey must be hex: an even number of the digits",
        ".pskKey       | 5ec7e75ec7e75ec7e7a1b2c3d4e5f6ag | (value not shown)",
        "shortServerId | 0                                | shortServerId = 0: must be 1..65534",
        "shortServerId | 65535                            | shortServerId = 65535: must be 1..65534",
        "lifetime      | -5                               | lifetime = -5: must be 1..",
        "lifetime      | soon                             | lifetime = 'soon': not a whole number",
        "binding       | Q                                | binding = 'Q': binding 'Q' names no transport",
        "binding       | S                                | binding = 'S': must contain U",
        "binding       | UDP                              | binding = 'UDP': binding 'UDP' has 'D'",
        "defaultMinPeriod | -1                            | defaultMinPeriod = -1: must be 0..",
"bootstrapServerUri | coaps://bs.example         | bootstrapServerUri = 'coaps://bs.example': a coaps:// server needs bootstrapPskIdentity and .bootstrapPskKey",
        "bootstrapServerUri | http://bs.example          | bootstrapServerUri = 'http://bs.example': must be coap://",
        "contentFormats | cbor                            | contentFormats = 'cbor': 'cbor' is not a content-format",
        "contentFormats | 110 70000                       | 70000 is not a content-format number (0..65535)",
    })
    void refusesABadConfigurationWithOneClearMessage(String property, String value, String expected) {
        Map<String, Object> config = pskConfig();
        if (value == null) {
            config.remove(property);
        } else {
            config.put(property, value);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClientSettings.of(config));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertNoKey(e.getMessage());
        if (e.getCause() != null) {
            assertNoKey(e.getCause().getMessage());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "auto            | true  | ''",
        "' '             | true  | ''",
        "NONE            | false | ''",
        "112             | false | 112",
        "'110, 112 110'  | false | 110 112",
    })
    void contentFormatsAreAutomaticNoneOrAList(String value, boolean automatic, String formats) {
        Map<String, Object> config = pskConfig();
        config.put(ClientConfiguration.CONTENT_FORMATS, value);

        FormatAdvertisement advertisement = ClientSettings.of(config).contentFormats();

        assertEquals(automatic, advertisement.automatic());
        assertEquals(formats.isEmpty() ? List.of() : Arrays.stream(formats.split(" ")).map(Integer::valueOf).toList(),
                advertisement.formats());
    }

    @Test
    void automaticAdvertisementListsTheInstalledFormatsBeyondTheMandatoryOnes() {
        assertEquals(List.of(110, 112, 11542),
                FormatAdvertisement.AUTOMATIC.advertised(List.of(11542, 0, 42, 112, 110, 40)));
        assertEquals(List.of(), FormatAdvertisement.NONE.advertised(List.of(0, 112)));
    }

    @Test
    void aBootstrapServerAloneIsEnoughAndServerUrisAreOptionalWithIt() {
        Map<String, Object> config = new HashMap<>();
        config.put(ClientConfiguration.ENDPOINT, "gw-bs");
        config.put(ClientConfiguration.BOOTSTRAP_SERVER_URI, "COAP://bs.example:5683");

        ClientSettings settings = ClientSettings.of(config);

        assertEquals(List.of(), settings.servers());
        assertEquals(Optional.of(URI.create("coap://bs.example:5683")),
                settings.bootstrapServer().map(ClientSettings.BootstrapAccount::uri));
        config.remove(ClientConfiguration.BOOTSTRAP_SERVER_URI);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClientSettings.of(config));
        assertTrue(e.getMessage().contains("or a bootstrapServerUri"), e.getMessage());
    }

    @Test
    void aCoapsServerNeedsCredentials() {
        Map<String, Object> config = pskConfig();
        config.remove(ClientConfiguration.PSK_IDENTITY);
        config.remove(ClientConfiguration.PSK_KEY);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClientSettings.of(config));
        assertTrue(e.getMessage().contains("a coaps:// server needs pskIdentity and .pskKey"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1        | each server needs its own",
        "1, 1     | must differ",
        "1, 2, 3  | each server needs its own",
    })
    void severalServersNeedDistinctShortServerIds(String ids, String expected) {
        Map<String, Object> config = pskConfig();
        config.put(ClientConfiguration.SERVER_URI, new String[] {"coaps://one.example", "coaps://two.example"});
        config.put(ClientConfiguration.SHORT_SERVER_ID,
                Arrays.stream(ids.split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClientSettings.of(config));

        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void aPerServerSettingWithAnotherCountOfValuesIsRefused() {
        Map<String, Object> config = pskConfig();
        config.put(ClientConfiguration.SERVER_URI, new String[] {"coaps://a", "coaps://b", "coaps://c"});
        config.put(ClientConfiguration.SHORT_SERVER_ID, new int[] {1, 2, 3});
        config.put(ClientConfiguration.LIFETIME, new long[] {60, 600});

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClientSettings.of(config));

        assertTrue(e.getMessage().contains("lifetime has 2 values for 3 servers"), e.getMessage());
    }

    @Test
    void messagesCallASettingAsItsSourceDoes() {
        Map<String, Object> config = pskConfig();
        config.put(ClientConfiguration.LIFETIME, "0");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClientSettings.of(config, name -> name.equals(ClientConfiguration.LIFETIME) ? "LWM2M_LIFETIME"
                        : name));

        assertTrue(e.getMessage().startsWith("LWM2M_LIFETIME = 0: must be 1.."), e.getMessage());
    }

    @Test
    void rawPublicKeysGoTogetherAreCheckedAndServeEveryCoapsServerWithoutAPsk() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        KeyPair own = generator.generateKeyPair();
        KeyPair server = generator.generateKeyPair();
        HexFormat hex = HexFormat.of();
        Map<String, Object> properties = new HashMap<>(Map.of(ClientConfiguration.ENDPOINT, "rpk",
                ClientConfiguration.SERVER_URI, "coaps://lwm2m.example",
                ClientConfiguration.RPK_PUBLIC_KEY, hex.formatHex(own.getPublic().getEncoded()),
                ClientConfiguration.RPK_PRIVATE_KEY, hex.formatHex(own.getPrivate().getEncoded()),
                ClientConfiguration.SERVER_PUBLIC_KEY, hex.formatHex(server.getPublic().getEncoded())));
        ClientSettings.ServerAccount account = ClientSettings.of(properties).servers().get(0);
        assertTrue(account.secure());
        assertTrue(account.psk().isEmpty());
        assertArrayEquals(server.getPublic().getEncoded(), account.rpk().orElseThrow().serverPublicKey());
        assertFalse(account.rpk().orElseThrow().toString().contains(hex.formatHex(own.getPrivate().getEncoded())));

        Map<String, Object> withoutServerKey = new HashMap<>(properties);
        withoutServerKey.remove(ClientConfiguration.SERVER_PUBLIC_KEY);
        assertTrue(refusal(withoutServerKey).contains("go together"));
        Map<String, Object> garbage = new HashMap<>(properties);
        garbage.put(ClientConfiguration.RPK_PRIVATE_KEY, "00112233");
        String refused = refusal(garbage);
        assertTrue(refused.contains("PKCS #8"), refused);
        assertFalse(refused.contains("00112233"), "a private key is never shown: " + refused);
        Map<String, Object> both = new HashMap<>(properties);
        both.put(ClientConfiguration.PSK_IDENTITY, "id");
        both.put(ClientConfiguration.PSK_KEY, "0011");
        assertTrue(refusal(both).contains("not both"));
    }

    /** A self-signed test certificate (CN=gw-x509, EC P-256, made with OpenSSL) and its key, hex of their DER. */
    private static String fixture(String name) throws IOException {
        try (InputStream in = ClientSettingsTest.class.getResourceAsStream("/x509/" + name)) {
            return HexFormat.of().formatHex(in.readAllBytes());
        }
    }

    @Test
    void certificatesGoTogetherAreCheckedAndServeEveryCoapsServerWithoutAPsk() throws Exception {
        String certificate = fixture("gw-x509.crt.der");
        String key = fixture("gw-x509.key.der");
        Map<String, Object> properties = new HashMap<>(Map.of(ClientConfiguration.ENDPOINT, "x509",
                ClientConfiguration.SERVER_URI, new String[] { "coaps://one.example", "coaps://two.example" },
                ClientConfiguration.SHORT_SERVER_ID, new long[] { 1, 2 },
                ClientConfiguration.X509_CERTIFICATE, certificate, ClientConfiguration.X509_PRIVATE_KEY, key,
                ClientConfiguration.SERVER_CERTIFICATE, certificate,
                ClientConfiguration.CERTIFICATE_USAGE, new long[] { 3, 2 }));
        List<ClientSettings.ServerAccount> accounts = ClientSettings.of(properties).servers();
        ClientSettings.X509 first = accounts.get(0).x509().orElseThrow();
        assertEquals("Certificate", accounts.get(0).securityMode());
        assertTrue(accounts.get(0).psk().isEmpty());
        assertEquals(certificate, HexFormat.of().formatHex(first.serverCertificate()));
        assertEquals(3, first.usage());
        assertEquals(2, accounts.get(1).x509().orElseThrow().usage(), "a usage per server");
        assertFalse(first.toString().contains(key), "the private key is hidden");

        Map<String, Object> onlyOne = new HashMap<>(properties);
        onlyOne.remove(ClientConfiguration.CERTIFICATE_USAGE);
        assertEquals(3, ClientSettings.of(onlyOne).servers().get(1).x509().orElseThrow().usage(), "the default");
        Map<String, Object> withoutKey = new HashMap<>(properties);
        withoutKey.remove(ClientConfiguration.X509_PRIVATE_KEY);
        assertTrue(refusal(withoutKey).contains("go together (certificate)"), refusal(withoutKey));
        Map<String, Object> badUsage = new HashMap<>(properties);
        badUsage.put(ClientConfiguration.CERTIFICATE_USAGE, 4L);
        assertTrue(refusal(badUsage).contains("certificateUsage = 4"), refusal(badUsage));
        Map<String, Object> notACertificate = new HashMap<>(properties);
        notACertificate.put(ClientConfiguration.SERVER_CERTIFICATE, "3003020100");
        assertTrue(refusal(notACertificate).contains("not an X.509 certificate"), refusal(notACertificate));
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        KeyPair rpk = generator.generateKeyPair();
        HexFormat hex = HexFormat.of();
        Map<String, Object> withRpk = new HashMap<>(properties);
        withRpk.put(ClientConfiguration.RPK_PUBLIC_KEY, hex.formatHex(rpk.getPublic().getEncoded()));
        withRpk.put(ClientConfiguration.RPK_PRIVATE_KEY, hex.formatHex(rpk.getPrivate().getEncoded()));
        withRpk.put(ClientConfiguration.SERVER_PUBLIC_KEY, hex.formatHex(rpk.getPublic().getEncoded()));
        assertTrue(refusal(withRpk).contains("raw public key or a certificate, not both"), refusal(withRpk));
    }

    @Test
    void accessControlRulesAreReadAndAMalformedOneIsRefused() {
        Map<String, Object> properties = new HashMap<>(Map.of(ClientConfiguration.ENDPOINT, "acl",
                ClientConfiguration.SERVER_URI, "coap://one.example",
                ClientConfiguration.ACCESS_CONTROL, new String[] { "3/0 1=RWE *=R owner=1", " 19   2=C " }));
        List<AccessRule> rules = ClientSettings.of(properties).accessControl();
        assertEquals(new AccessRule(3, 0, new TreeMap<>(Map.of(0, 1, 1, 7)), 1), rules.get(0));
        assertEquals(new AccessRule(19, AccessRule.OBJECT, new TreeMap<>(Map.of(2, 16)),
                AccessRule.NO_OWNER), rules.get(1));

        for (String bad : List.of("3/0", "3/0 1=RX", "3/0/1 1=R", "0/0 1=R", "3/x 1=R", "3/0 1=", "3/0 1=R 1=W",
                "3/0 0=R", "3/0 1=R owner=65535", "3/0 1:R")) {
            properties.put(ClientConfiguration.ACCESS_CONTROL, bad);
            String refused = refusal(properties);
            assertTrue(refused.startsWith("accessControl = '" + bad + "': ") && refused.contains("RWE"),
                    refused);
        }
    }

    @Test
    void blockTransfersTakeAPowerOfTwoBlockAndATransferOfAtLeastOneBlock() {
        Map<String, Object> properties = new HashMap<>(Map.of(ClientConfiguration.ENDPOINT, "blocks",
                ClientConfiguration.SERVER_URI, "coap://one.example"));
        assertEquals(ClientSettings.BlockTransfers.DEFAULT, ClientSettings.of(properties).blockTransfers());
        properties.put(ClientConfiguration.BLOCK_SIZE, "256");
        properties.put(ClientConfiguration.MAX_TRANSFER_SIZE, 100_000);
        assertEquals(new ClientSettings.BlockTransfers(256, 100_000), ClientSettings.of(properties).blockTransfers());

        properties.put(ClientConfiguration.BLOCK_SIZE, "300");
        assertTrue(refusal(properties).contains("blockSize = 300: must be 16, 32"), refusal(properties));
        properties.put(ClientConfiguration.BLOCK_SIZE, 2048);
        assertTrue(refusal(properties).contains("blockSize = 2048"), refusal(properties));
        properties.put(ClientConfiguration.BLOCK_SIZE, 512);
        properties.put(ClientConfiguration.MAX_TRANSFER_SIZE, 100);
        assertTrue(refusal(properties).startsWith("maxTransferSize = 100: must be 512.."), refusal(properties));
    }

    private static String refusal(Map<String, Object> properties) {
        return assertThrows(IllegalArgumentException.class, () -> ClientSettings.of(properties)).getMessage();
    }
}
