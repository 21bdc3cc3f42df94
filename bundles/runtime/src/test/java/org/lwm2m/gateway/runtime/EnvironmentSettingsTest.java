package org.lwm2m.gateway.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lwm2m.gateway.api.client.ClientConfiguration;

class EnvironmentSettingsTest {

    private static final String KEY = "0123456789ABCDEF";

    private static Optional<EnvironmentSettings> read(Map<String, String> environment)
            throws InvalidEnvironmentException {
        return EnvironmentSettings.read(environment::get, () -> "box");
    }

    private static Map<String, String> env(String... pairs) {
        Map<String, String> environment = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            environment.put(pairs[i], pairs[i + 1]);
        }
        return environment;
    }

    @Test
    void noServerUriMeansNoSettings() throws Exception {
        assertTrue(read(env()).isEmpty());
        assertTrue(read(env("LWM2M_SERVER_URI", "  ", "LWM2M_LIFETIME", "abc")).isEmpty());
    }

    @Test
    void plainCoapServerWithEverythingSet() throws Exception {
        EnvironmentSettings settings = read(env("LWM2M_SERVER_URI", "coap://leshan.example:5683",
                "LWM2M_ENDPOINT", "gw-1", "LWM2M_LIFETIME", "120")).orElseThrow();

        Dictionary<String, Object> properties = settings.toProperties();
        assertEquals("gw-1", properties.get(ClientConfiguration.ENDPOINT));
        assertEquals("coap://leshan.example:5683", properties.get(ClientConfiguration.SERVER_URI));
        assertEquals(120L, properties.get(ClientConfiguration.LIFETIME));
        assertNull(properties.get(ClientConfiguration.PSK_IDENTITY));
        assertNull(properties.get(ClientConfiguration.PSK_KEY));
        assertEquals(3, properties.size());
    }

    @Test
    void defaultsLeaveTheLifetimeToTheEngineAndNameTheEndpointAfterTheHost() throws Exception {
        Dictionary<String, Object> properties = read(env("LWM2M_SERVER_URI", "coap://127.0.0.1"))
                .orElseThrow().toProperties();

        assertEquals("lwm2m-gateway-box", properties.get(ClientConfiguration.ENDPOINT));
        assertNull(properties.get(ClientConfiguration.LIFETIME));
    }

    @Test
    void aBootstrapServerAloneMakesAClientThatBootstraps() throws Exception {
        EnvironmentSettings settings = read(env("LWM2M_BOOTSTRAP_URI", "coap://bs.example:5683",
                "LWM2M_ENDPOINT", "gw-bs")).orElseThrow();

        Dictionary<String, Object> properties = settings.toProperties();
        assertEquals("coap://bs.example:5683", properties.get(ClientConfiguration.BOOTSTRAP_SERVER_URI));
        assertNull(properties.get(ClientConfiguration.SERVER_URI));
        assertTrue(settings.describe().contains("bootstrap server coap://bs.example:5683"), settings.describe());

        InvalidEnvironmentException e = assertThrows(InvalidEnvironmentException.class,
                () -> read(env("LWM2M_BOOTSTRAP_URI", "coaps://bs.example")));
        assertTrue(e.getMessage().startsWith("LWM2M_BOOTSTRAP_URI = 'coaps://bs.example': a coaps:// server needs "
                + "LWM2M_BOOTSTRAP_PSK_IDENTITY and LWM2M_BOOTSTRAP_PSK_KEY"), e.getMessage());

        EnvironmentSettings secure = read(env("LWM2M_BOOTSTRAP_URI", "coaps://bs.example",
                "LWM2M_BOOTSTRAP_PSK_IDENTITY", "bs-id", "LWM2M_BOOTSTRAP_PSK_KEY", KEY)).orElseThrow();
        assertEquals("bs-id", secure.toProperties().get(ClientConfiguration.BOOTSTRAP_PSK_IDENTITY));
        assertEquals(KEY.toLowerCase(), secure.toProperties().get(ClientConfiguration.BOOTSTRAP_PSK_KEY));
        assertFalse(secure.describe().toLowerCase().contains(KEY.toLowerCase()), secure.describe());
    }

    @Test
    void contentFormatsGoIntoTheConfigurationAsGivenAndAreChecked() throws Exception {
        Dictionary<String, Object> properties = read(env("LWM2M_SERVER_URI", "coap://wakaama.example",
                "LWM2M_CONTENT_FORMATS", "112")).orElseThrow().toProperties();
        assertEquals("112", properties.get(ClientConfiguration.CONTENT_FORMATS));

        InvalidEnvironmentException e = assertThrows(InvalidEnvironmentException.class,
                () -> read(env("LWM2M_SERVER_URI", "coap://server", "LWM2M_CONTENT_FORMATS", "senml")));
        assertTrue(e.getMessage().startsWith("LWM2M_CONTENT_FORMATS = 'senml'"), e.getMessage());
    }

    @Test
    void secureServerTakesThePskKeyAsAPrivateProperty() throws Exception {
        EnvironmentSettings settings = read(env("LWM2M_SERVER_URI", "COAPS://[::1]:5684",
                "LWM2M_PSK_IDENTITY", "gw-identity", "LWM2M_PSK_KEY", KEY)).orElseThrow();

        Dictionary<String, Object> properties = settings.toProperties();
        assertEquals("coaps://[::1]:5684", properties.get(ClientConfiguration.SERVER_URI));
        assertEquals("gw-identity", properties.get(ClientConfiguration.PSK_IDENTITY));
        assertEquals(KEY.toLowerCase(), properties.get(ClientConfiguration.PSK_KEY));
        assertEquals(".pskKey", ClientConfiguration.PSK_KEY);
    }

    @Test
    void rawPublicKeysBecomeTheConfigurationsKeysAndTheirVariablesNameRefusals() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        KeyPair own = generator.generateKeyPair();
        HexFormat hex = HexFormat.of();
        String secret = hex.formatHex(own.getPrivate().getEncoded());
        EnvironmentSettings settings = read(env("LWM2M_SERVER_URI", "coaps://server",
                "LWM2M_RPK_PUBLIC_KEY", hex.formatHex(own.getPublic().getEncoded()),
                "LWM2M_RPK_PRIVATE_KEY", secret,
                "LWM2M_SERVER_PUBLIC_KEY", hex.formatHex(generator.generateKeyPair().getPublic().getEncoded())))
                .orElseThrow();

        Dictionary<String, Object> properties = settings.toProperties();
        assertEquals(secret, properties.get(ClientConfiguration.RPK_PRIVATE_KEY));
        assertEquals(".rpkPrivateKey", ClientConfiguration.RPK_PRIVATE_KEY);
        for (String text : new String[] { settings.toString(), settings.describe() }) {
            assertFalse(text.contains(secret), text);
        }
        InvalidEnvironmentException e = assertThrows(InvalidEnvironmentException.class, () -> read(env(
                "LWM2M_SERVER_URI", "coaps://server", "LWM2M_RPK_PUBLIC_KEY", "00",
                "LWM2M_RPK_PRIVATE_KEY", secret)));
        assertTrue(e.getMessage().contains("LWM2M_SERVER_PUBLIC_KEY"), e.getMessage());
    }

    /** A self-signed test certificate (CN=gw-x509, EC P-256, made with OpenSSL) or its key, hex of the DER. */
    private static String fixture(String name) throws IOException {
        try (InputStream in = EnvironmentSettingsTest.class.getResourceAsStream("/x509/" + name)) {
            return HexFormat.of().formatHex(in.readAllBytes());
        }
    }

    @Test
    void certificatesBecomeTheConfigurationsCertificatesAndTheirVariablesNameRefusals() throws Exception {
        String certificate = fixture("gw-x509.crt.der");
        String secret = fixture("gw-x509.key.der");
        EnvironmentSettings settings = read(env("LWM2M_SERVER_URI", "coaps://server",
                "LWM2M_X509_CERTIFICATE", certificate, "LWM2M_X509_PRIVATE_KEY", secret,
                "LWM2M_SERVER_CERTIFICATE", certificate, "LWM2M_CERTIFICATE_USAGE", "2")).orElseThrow();

        Dictionary<String, Object> properties = settings.toProperties();
        assertEquals(secret, properties.get(ClientConfiguration.X509_PRIVATE_KEY));
        assertEquals(".x509PrivateKey", ClientConfiguration.X509_PRIVATE_KEY);
        assertEquals(certificate, properties.get(ClientConfiguration.SERVER_CERTIFICATE));
        assertEquals(2L, properties.get(ClientConfiguration.CERTIFICATE_USAGE));
        for (String text : new String[] { settings.toString(), settings.describe() }) {
            assertFalse(text.contains(secret), text);
        }
        assertTrue(settings.describe().contains("certificate (usage 2)"), settings.describe());
        InvalidEnvironmentException e = assertThrows(InvalidEnvironmentException.class, () -> read(env(
                "LWM2M_SERVER_URI", "coaps://server", "LWM2M_X509_CERTIFICATE", certificate,
                "LWM2M_X509_PRIVATE_KEY", secret, "LWM2M_SERVER_CERTIFICATE", certificate,
                "LWM2M_CERTIFICATE_USAGE", "7")));
        assertTrue(e.getMessage().contains("LWM2M_CERTIFICATE_USAGE = 7"), e.getMessage());
    }

    @Test
    void descriptionsNeverShowTheKey() throws Exception {
        EnvironmentSettings settings = read(env("LWM2M_SERVER_URI", "coaps://server",
                "LWM2M_PSK_IDENTITY", "gw-identity", "LWM2M_PSK_KEY", KEY)).orElseThrow();

        for (String text : new String[] { settings.toString(), settings.describe() }) {
            assertFalse(text.toLowerCase().contains(KEY.toLowerCase()), text);
            assertTrue(text.contains("gw-identity"), text);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "abc", "0", "-5", "1.5", "99999999999999999999" })
    void lifetimeMustBeAPositiveInteger(String lifetime) {
        InvalidEnvironmentException e = assertThrows(InvalidEnvironmentException.class,
                () -> read(env("LWM2M_SERVER_URI", "coap://server", "LWM2M_LIFETIME", lifetime)));
        assertTrue(e.getMessage().contains("LWM2M_LIFETIME"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "not-hex-at-all", "abc", "0x1234", "12 34" })
    void keyMustBeHexAndIsNeverEchoed(String key) {
        InvalidEnvironmentException e = assertThrows(InvalidEnvironmentException.class,
                () -> read(env("LWM2M_SERVER_URI", "coaps://server", "LWM2M_PSK_IDENTITY", "id",
                        "LWM2M_PSK_KEY", key)));
        assertTrue(e.getMessage().contains("LWM2M_PSK_KEY"), e.getMessage());
        assertFalse(e.getMessage().contains(key), e.getMessage());
    }

    @Test
    void coapsNeedsPskCredentials() {
        InvalidEnvironmentException e = assertThrows(InvalidEnvironmentException.class,
                () -> read(env("LWM2M_SERVER_URI", "coaps://server:5684")));
        assertTrue(e.getMessage().contains("coaps"), e.getMessage());
    }

    @Test
    void identityAndKeyComeTogether() {
        assertThrows(InvalidEnvironmentException.class,
                () -> read(env("LWM2M_SERVER_URI", "coaps://server", "LWM2M_PSK_IDENTITY", "id")));
        assertThrows(InvalidEnvironmentException.class,
                () -> read(env("LWM2M_SERVER_URI", "coaps://server", "LWM2M_PSK_KEY", KEY)));
    }

    @Test
    void pskOverPlainCoapIsRefused() {
        InvalidEnvironmentException e = assertThrows(InvalidEnvironmentException.class,
                () -> read(env("LWM2M_SERVER_URI", "coap://server", "LWM2M_PSK_IDENTITY", "id",
                        "LWM2M_PSK_KEY", KEY)));
        assertTrue(e.getMessage().contains("coaps://"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://server", "server:5683", "coap://", "coap:///path", "coap://server:99999",
            "coap://ser ver" })
    void serverUriMustBeCoapOrCoapsWithAHost(String uri) {
        InvalidEnvironmentException e = assertThrows(InvalidEnvironmentException.class,
                () -> read(env("LWM2M_SERVER_URI", uri)));
        assertTrue(e.getMessage().contains("LWM2M_SERVER_URI"), e.getMessage());
    }
}
