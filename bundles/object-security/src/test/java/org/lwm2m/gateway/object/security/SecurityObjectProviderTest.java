package org.lwm2m.gateway.object.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.ResponseCode;
import org.lwm2m.gateway.api.client.ClientConfiguration;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.model.ResourceType;
import org.lwm2m.gateway.api.node.ResourceNode;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.api.object.ObjectListener;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.lwm2m.gateway.api.object.WriteMode;

class SecurityObjectProviderTest {

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

    private static SecurityObjectProvider provider(Map<String, Object> properties) {
        return new SecurityObjectProvider(Configs.of(SecurityConfig.class, properties));
    }

    private static Value read(ObjectProvider provider, int resourceId) throws Exception {
        ResourceNode node = provider.read(0, resourceId).toCompletableFuture().get(5, TimeUnit.SECONDS);
        return assertInstanceOf(SingleResource.class, node).value();
    }

    private static LwM2mException failure(CompletionStage<?> stage) {
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> stage.toCompletableFuture().get(5, TimeUnit.SECONDS));
        return assertInstanceOf(LwM2mException.class, e.getCause());
    }

    private static void assertNoKey(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains(KEY_HEX), "key hex leaked: " + text);
        assertFalse(lower.contains(KEY_HEX.substring(0, 8)), "part of the key leaked: " + text);
    }

    @Test
    void shipsTheSecurityObjectVersion11() {
        ObjectModel model = provider(pskConfig()).model();
        assertEquals(0, model.id());
        assertEquals("LWM2M Security", model.name());
        assertEquals("1.1", model.version());
        assertEquals("1.1", model.lwm2mVersion());
        assertTrue(model.multipleInstances());
        assertEquals(ResourceType.OPAQUE, model.resource(5).type());
    }

    @Test
    void pskConfigurationGivesAPskAccount() throws Exception {
        SecurityObjectProvider provider = provider(pskConfig());

        assertEquals(Set.of(0), provider.instanceIds());
        assertEquals(Set.of(0, 1, 2, 3, 4, 5, 10), provider.resourceIds(0));
        assertEquals(Value.of("coaps://leshan.example:5684"), read(provider, 0));
        assertEquals(Value.of(false), read(provider, 1));
        assertEquals(Value.of(0L), read(provider, 2));
        assertArrayEquals("gw-1-identity".getBytes(StandardCharsets.UTF_8),
                ((Value.Opaque) read(provider, 3)).value());
        assertEquals(0, ((Value.Opaque) read(provider, 4)).length());
        assertArrayEquals(HexFormat.of().parseHex(KEY_HEX), ((Value.Opaque) read(provider, 5)).value());
        assertEquals(Value.of(7L), read(provider, 10));
    }

    @Test
    void noIdentityGivesANoSecAccount() throws Exception {
        Map<String, Object> config = new HashMap<>();
        config.put(ClientConfiguration.ENDPOINT, "gw-2");
        config.put(ClientConfiguration.SERVER_URI, "coap://127.0.0.1:5683");
        config.put(ClientConfiguration.PSK_IDENTITY, "  ");
        SecurityObjectProvider provider = provider(config);

        assertEquals(Value.of("coap://127.0.0.1:5683"), read(provider, 0));
        assertEquals(Value.of(3L), read(provider, 2));
        assertEquals(0, ((Value.Opaque) read(provider, 3)).length());
        assertEquals(0, ((Value.Opaque) read(provider, 5)).length());
        assertEquals(Value.of((long) ClientConfiguration.DEFAULT_SHORT_SERVER_ID), read(provider, 10));
    }

    @Test
    void acceptsAnIpv6HostAndUpperCaseScheme() throws Exception {
        Map<String, Object> config = pskConfig();
        config.put(ClientConfiguration.SERVER_URI, "COAPS://[::1]:5684");
        SecurityObjectProvider provider = provider(config);
        assertEquals(Value.of(0L), read(provider, 2));
        assertEquals(Value.of("coaps://[::1]:5684"), read(provider, 0), "the scheme is normalised");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "endpoint    | NULL                          | endpoint is missing",
        "endpoint    | ' '                           | endpoint is missing",
        "serverUri   | NULL                          | serverUri is missing",
        "serverUri   | http://leshan.example         | must be coap:// or coaps://",
        "serverUri   | leshan.example:5684           | must be coap:// or coaps://",
        "serverUri   | coaps:///rd                   | has no host",
        "serverUri   | 'coaps://bad host'            | not a URI",
        "serverUri   | coap://leshan.example         | PSK credentials need a coaps://",
        "pskIdentity | NULL                          | PSK key is set but pskIdentity is missing",
        ".pskKey     | NULL                          | pskIdentity is set but the PSK key is missing",
        ".pskKey     | 5ec7e75ec7e75ec7e7a1b2c3d4e5f6a | not an even number of hex digits",
        ".pskKey     | 5ec7e75ec7e75ec7e7a1b2c3d4e5f6ag | not an even number of hex digits",
        "shortServerId | 0                           | shortServerId must be 1..65534",
        "shortServerId | 65535                       | shortServerId must be 1..65534",
    })
    void refusesABadConfigurationWithAClearMessage(String property, String value, String expected) {
        Map<String, Object> config = pskConfig();
        if (value == null) {
            config.remove(property);
        } else {
            config.put(property, property.equals(ClientConfiguration.SHORT_SERVER_ID) ? Integer.valueOf(value)
                    : value);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> provider(config));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertNoKey(e.getMessage());
        if (e.getCause() != null) {
            assertNoKey(e.getCause().getMessage());
        }
    }

    @Test
    void refusesCoapsWithoutCredentials() {
        Map<String, Object> config = pskConfig();
        config.remove(ClientConfiguration.PSK_IDENTITY);
        config.remove(ClientConfiguration.PSK_KEY);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> provider(config));
        assertTrue(e.getMessage().contains("coaps:// server URI needs a PSK identity and key"), e.getMessage());
    }

    @Test
    void keyNeverAppearsInLogsOrToString() throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        SecurityObjectProvider provider;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            provider = provider(pskConfig());
            provider.deactivate();
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("gw-1"), "the activation is logged: " + log);
        assertNoKey(log);

        SecuritySettings settings = SecuritySettings.from(Configs.of(SecurityConfig.class, pskConfig()));
        assertNoKey(settings.toString());
        assertNoKey(settings.psk().orElseThrow().toString());
        assertNoKey(provider.toString());
    }

    @Test
    void localWritesAreCheckedAndAllOrNothing() throws Exception {
        SecurityObjectProvider provider = provider(pskConfig());

        LwM2mException e = failure(provider.write(0, List.of(
                new SingleResource(10, Value.of(9L)),
                new SingleResource(0, Value.of("http://elsewhere"))), WriteMode.UPDATE));
        assertEquals(ResponseCode.BAD_REQUEST, e.code());
        assertTrue(e.getMessage().contains("coap:// or coaps://"), e.getMessage());
        assertEquals(Value.of(7L), read(provider, 10));
        assertEquals(Value.of("coaps://leshan.example:5684"), read(provider, 0));

        assertEquals(ResponseCode.BAD_REQUEST,
                failure(provider.write(0, List.of(new SingleResource(2, Value.of(5L))), WriteMode.UPDATE)).code());
        assertEquals(ResponseCode.BAD_REQUEST,
                failure(provider.write(0, List.of(new SingleResource(10, Value.of(0L))), WriteMode.UPDATE)).code());
        assertEquals(Value.of(0L), read(provider, 2));

        provider.write(0, List.of(new SingleResource(0, Value.of("coaps://other.example"))), WriteMode.UPDATE)
                .toCompletableFuture().get(5, TimeUnit.SECONDS);
        assertEquals(Value.of("coaps://other.example"), read(provider, 0));
    }

    @Test
    void serversCannotCreateOrDeleteAccounts() {
        SecurityObjectProvider provider = provider(pskConfig());
        assertEquals(ResponseCode.METHOD_NOT_ALLOWED, failure(provider.create(1, List.of())).code());
        assertEquals(ResponseCode.METHOD_NOT_ALLOWED, failure(provider.delete(0)).code());
        assertEquals(ResponseCode.NOT_FOUND, failure(provider.read(1, 0)).code());
        assertEquals(Set.of(0), provider.instanceIds());
    }

    @Test
    void deactivationRemovesTheAccountAndTellsListeners() {
        SecurityObjectProvider provider = provider(pskConfig());
        List<String> events = new CopyOnWriteArrayList<>();
        provider.addListener(new ObjectListener() {
            @Override
            public void instancesChanged(ObjectProvider p) {
                events.add("instances " + p.instanceIds());
            }

            @Override
            public void valueChanged(ObjectProvider p, LwM2mPath path) {
                events.add("value " + path);
            }
        });
        provider.deactivate();
        assertEquals(List.of("instances []"), events);
    }
}
