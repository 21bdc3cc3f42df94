package org.lwm2m.gateway.object.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lwm2m.gateway.api.object.Requester.SYSTEM;
import static org.lwm2m.gateway.testing.ProviderCalls.failure;
import static org.lwm2m.gateway.testing.ProviderCalls.read;
import static org.lwm2m.gateway.testing.ProviderCalls.write;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.ResponseCode;
import org.lwm2m.gateway.api.client.ClientConfiguration;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.api.object.Requester;
import org.lwm2m.gateway.api.object.WriteMode;
import org.lwm2m.gateway.testing.ChangeRecorder;
import org.lwm2m.gateway.testing.TestDdf;

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
        return new SecurityObjectProvider(properties);
    }

    private static void assertNoKey(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains(KEY_HEX), "key hex leaked: " + text);
        assertFalse(lower.contains(KEY_HEX.substring(0, 8)), "part of the key leaked: " + text);
    }

    @Test
    void shipsTheSecurityObjectVersion11OfTheRegistry() {
        assertEquals(TestDdf.SECURITY_1_1.model(), provider(pskConfig()).model());
    }

    @Test
    void pskConfigurationGivesAPskAccount() throws Exception {
        SecurityObjectProvider provider = provider(pskConfig());

        assertEquals(Set.of(0), provider.instanceIds());
        assertEquals(Set.of(0, 1, 2, 3, 4, 5, 10), provider.resourceIds(0));
        assertEquals(Value.of("coaps://leshan.example:5684"), read(provider, 0, 0));
        assertEquals(Value.of(false), read(provider, 0, 1));
        assertEquals(Value.of(0L), read(provider, 0, 2));
        assertArrayEquals("gw-1-identity".getBytes(StandardCharsets.UTF_8),
                ((Value.Opaque) read(provider, 0, 3)).value());
        assertEquals(0, ((Value.Opaque) read(provider, 0, 4)).length());
        assertArrayEquals(HexFormat.of().parseHex(KEY_HEX), ((Value.Opaque) read(provider, 0, 5)).value());
        assertEquals(Value.of(7L), read(provider, 0, 10));
    }

    @Test
    void noIdentityGivesANoSecAccount() throws Exception {
        Map<String, Object> config = new HashMap<>();
        config.put(ClientConfiguration.ENDPOINT, "gw-2");
        config.put(ClientConfiguration.SERVER_URI, "coap://127.0.0.1:5683");
        config.put(ClientConfiguration.PSK_IDENTITY, "  ");
        SecurityObjectProvider provider = provider(config);

        assertEquals(Value.of("coap://127.0.0.1:5683"), read(provider, 0, 0));
        assertEquals(Value.of(3L), read(provider, 0, 2));
        assertEquals(0, ((Value.Opaque) read(provider, 0, 3)).length());
        assertEquals(0, ((Value.Opaque) read(provider, 0, 5)).length());
        assertEquals(Value.of((long) ClientConfiguration.DEFAULT_SHORT_SERVER_ID), read(provider, 0, 10));
    }

    @Test
    void acceptsAnIpv6HostAndUpperCaseScheme() throws Exception {
        Map<String, Object> config = pskConfig();
        config.put(ClientConfiguration.SERVER_URI, "COAPS://[::1]:5684");
        SecurityObjectProvider provider = provider(config);
        assertEquals(Value.of(0L), read(provider, 0, 2));
        assertEquals(Value.of("coaps://[::1]:5684"), read(provider, 0, 0), "the scheme is normalised");
    }

    @Test
    void aRefusedConfigurationBuildsNoAccount() {
        Map<String, Object> config = pskConfig();
        config.put(ClientConfiguration.PSK_KEY, "not hex");

        assertEquals(Set.of(), provider(config).instanceIds(), "the engine reports the refusal, not this object");
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
        assertNoKey(provider.toString());
    }

    @Test
    void localWritesAreCheckedAndAllOrNothing() throws Exception {
        SecurityObjectProvider provider = provider(pskConfig());

        LwM2mException e = failure(provider.write(SYSTEM, 0, List.of(
                new SingleResource(10, Value.of(9L)),
                new SingleResource(0, Value.of("http://elsewhere"))), WriteMode.UPDATE));
        assertEquals(ResponseCode.BAD_REQUEST, e.code());
        assertTrue(e.getMessage().contains("must be coap://host[:port] or coaps://host[:port]"), e.getMessage());
        assertEquals(Value.of(7L), read(provider, 0, 10));
        assertEquals(Value.of("coaps://leshan.example:5684"), read(provider, 0, 0));

        assertEquals(ResponseCode.BAD_REQUEST,
                failure(provider.write(SYSTEM, 0, List.of(new SingleResource(2, Value.of(5L))),
                        WriteMode.UPDATE)).code());
        assertEquals(ResponseCode.BAD_REQUEST,
                failure(provider.write(SYSTEM, 0, List.of(new SingleResource(10, Value.of(0L))),
                        WriteMode.UPDATE)).code());
        assertEquals(Value.of(0L), read(provider, 0, 2));

        write(provider, 0, new SingleResource(0, Value.of("coaps://other.example")));
        assertEquals(Value.of("coaps://other.example"), read(provider, 0, 0));
    }

    @Test
    void theBootstrapServerCreatesAndDeletesAccountsButNeverItsOwn() {
        Map<String, Object> config = pskConfig();
        config.put(ClientConfiguration.BOOTSTRAP_SERVER_URI, "coap://bs.example:5683");
        SecurityObjectProvider provider = provider(config);
        assertEquals(Set.of(0, 1), provider.instanceIds());
        assertEquals(Value.of(true), read(provider, 1, 1), "instance 1 is the bootstrap account");

        assertEquals(7, provider.create(Requester.BOOTSTRAP_SERVER, 7, List.of(
                new SingleResource(0, Value.of("coap://dm.example")), new SingleResource(1, Value.of(false)),
                new SingleResource(2, Value.of(3L)), new SingleResource(10, Value.of(9L))))
                .toCompletableFuture().join());
        assertEquals(Value.of("coap://dm.example"), read(provider, 7, 0));
        assertEquals(ResponseCode.BAD_REQUEST, failure(provider.create(Requester.BOOTSTRAP_SERVER, 8, List.of(
                new SingleResource(0, Value.of("http://dm.example"))))).code(), "checked as a configured one");

        provider.delete(Requester.BOOTSTRAP_SERVER, 0).toCompletableFuture().join();
        assertEquals(ResponseCode.METHOD_NOT_ALLOWED, failure(provider.delete(Requester.BOOTSTRAP_SERVER, 1)).code());
        assertEquals(Set.of(1, 7), provider.instanceIds());
    }

    @Test
    void serversCannotCreateOrDeleteAccounts() {
        SecurityObjectProvider provider = provider(pskConfig());
        assertEquals(ResponseCode.METHOD_NOT_ALLOWED, failure(provider.create(SYSTEM, 1, List.of())).code());
        assertEquals(ResponseCode.METHOD_NOT_ALLOWED, failure(provider.delete(SYSTEM, 0)).code());
        assertEquals(ResponseCode.NOT_FOUND, failure(provider.read(SYSTEM, 1, 0)).code());
        assertEquals(Set.of(0), provider.instanceIds());
    }

    @Test
    void deactivationRemovesTheAccountAndTellsListeners() {
        SecurityObjectProvider provider = provider(pskConfig());
        ChangeRecorder recorder = ChangeRecorder.listenTo(provider);
        provider.deactivate();
        assertEquals(List.of(LwM2mPath.of(0)), recorder.changes());
        assertEquals(List.of(Set.of()), recorder.instanceIdsSeen(), "the account was gone when listeners heard");
    }

    @Test
    void eachServerGetsItsOwnInstanceAndASharedPskGoesToTheCoapsOnes() {
        Map<String, Object> config = pskConfig();
        config.put(ClientConfiguration.SERVER_URI, new String[] {"coap://one.example", "coaps://two.example"});
        config.put(ClientConfiguration.SHORT_SERVER_ID, new int[] {1, 2});

        SecurityObjectProvider provider = provider(config);

        assertEquals(Set.of(0, 1), provider.instanceIds());
        assertEquals(Value.of("coap://one.example"), read(provider, 0, 0));
        assertEquals(Value.of(3L), read(provider, 0, 2), "NoSec for the coap:// server");
        assertEquals(Value.of(1L), read(provider, 0, 10));
        assertEquals(Value.of("coaps://two.example"), read(provider, 1, 0));
        assertEquals(Value.of(0L), read(provider, 1, 2), "PSK for the coaps:// server");
        assertEquals(Value.of(2L), read(provider, 1, 10));
    }

}
