package org.lwm2m.gateway.object.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lwm2m.gateway.api.ResponseCode.BAD_REQUEST;
import static org.lwm2m.gateway.api.ResponseCode.METHOD_NOT_ALLOWED;
import static org.lwm2m.gateway.api.object.Requester.SYSTEM;
import static org.lwm2m.gateway.testing.ProviderCalls.execute;
import static org.lwm2m.gateway.testing.ProviderCalls.failure;
import static org.lwm2m.gateway.testing.ProviderCalls.read;
import static org.lwm2m.gateway.testing.ProviderCalls.write;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.ResponseCode;
import org.lwm2m.gateway.api.client.ClientConfiguration;
import org.lwm2m.gateway.api.model.ResourceType;
import org.lwm2m.gateway.api.node.MultipleResource;
import org.lwm2m.gateway.api.node.ResourceNode;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.api.object.Requester;
import org.lwm2m.gateway.api.object.WriteMode;
import org.lwm2m.gateway.testing.ChangeRecorder;
import org.lwm2m.gateway.testing.TestDdf;

class ServerObjectProviderTest {

    private static Map<String, Object> config() {
        Map<String, Object> p = new HashMap<>();
        p.put(ClientConfiguration.ENDPOINT, "gw-1");
        p.put(ClientConfiguration.SERVER_URI, "coap://127.0.0.1:5683");
        p.put(ClientConfiguration.SHORT_SERVER_ID, 12);
        p.put(ClientConfiguration.LIFETIME, 120L);
        p.put(ClientConfiguration.BINDING, "UQ");
        p.put(ClientConfiguration.DEFAULT_PMIN, 5L);
        p.put(ClientConfiguration.DEFAULT_PMAX, 60L);
        return p;
    }

    private static ServerObjectProvider provider(Map<String, Object> properties) {
        return new ServerObjectProvider(properties);
    }

    @Test
    void shipsTheServerObjectVersion11OfTheRegistry() {
        assertEquals(TestDdf.SERVER_1_1.model(), provider(config()).model());
    }

    @Test
    void instanceZeroCarriesTheConfiguration() throws Exception {
        ServerObjectProvider provider = provider(config());

        assertEquals(Set.of(0), provider.instanceIds());
        assertEquals(Set.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 23), provider.resourceIds(0));
        assertEquals(Value.of(12L), read(provider, 0, 0));
        assertEquals(Value.of(120L), read(provider, 0, 1));
        assertEquals(Value.of(5L), read(provider, 0, 2));
        assertEquals(Value.of(60L), read(provider, 0, 3));
        assertEquals(Value.of(86400L), read(provider, 0, 5));
        assertEquals(Value.of(true), read(provider, 0, 6));
        assertEquals(Value.of("UQ"), read(provider, 0, 7));
        assertEquals(Value.of(false), read(provider, 0, 23), "Mute Send is off");
        for (int mandatory : List.of(0, 1, 6, 7, 8)) {
            assertTrue(provider.model().resource(mandatory).mandatory());
        }
    }

    @Test
    void defaultsFollowTheClientConfigurationContract() throws Exception {
        ServerObjectProvider provider = provider(Map.of(ClientConfiguration.ENDPOINT, "gw-2",
                ClientConfiguration.SERVER_URI, "coap://127.0.0.1"));
        assertEquals(Value.of((long) ClientConfiguration.DEFAULT_SHORT_SERVER_ID), read(provider, 0, 0));
        assertEquals(Value.of(ClientConfiguration.DEFAULT_LIFETIME), read(provider, 0, 1));
        assertEquals(Value.of(0L), read(provider, 0, 2));
        assertEquals(Value.of(0L), read(provider, 0, 3));
        assertEquals(Value.of(ClientConfiguration.DEFAULT_BINDING), read(provider, 0, 7));
    }

    @Test
    void aRefusedConfigurationBuildsNoAccount() {
        Map<String, Object> config = config();
        config.put(ClientConfiguration.BINDING, "Q");

        assertEquals(Set.of(), provider(config).instanceIds(), "the engine reports the refusal, not this object");
    }

    @Test
    void serverWritesAreAppliedAndReported() throws Exception {
        ServerObjectProvider provider = provider(config());
        ChangeRecorder recorder = ChangeRecorder.listenTo(provider);

        write(provider, 0, new SingleResource(1, Value.of(3600L)), new SingleResource(2, Value.of(0L)),
                new SingleResource(3, Value.of(0L)), new SingleResource(6, Value.of(false)),
                new SingleResource(7, Value.of("T")), new SingleResource(5, Value.of(0L)));

        assertEquals(Value.of(3600L), read(provider, 0, 1));
        assertEquals(Value.of(0L), read(provider, 0, 2));
        assertEquals(Value.of(false), read(provider, 0, 6));
        assertEquals(Value.of("T"), read(provider, 0, 7));
        assertEquals(Value.of(0L), read(provider, 0, 5));
        assertTrue(recorder.changes().containsAll(List.of(LwM2mPath.of(1, 0, 1), LwM2mPath.of(1, 0, 7))),
                "" + recorder.changes());
    }

    @Test
    void aRefusedValueWritesNothing() throws Exception {
        ServerObjectProvider provider = provider(config());
        ChangeRecorder recorder = ChangeRecorder.listenTo(provider);

        Map<List<ResourceNode>, ResponseCode> refused = Map.of(
                List.of(new SingleResource(2, Value.of(1L)), new SingleResource(1, Value.of(0L))), BAD_REQUEST,
                List.of(new SingleResource(1, Value.of(10L)), new SingleResource(2, Value.of(-1L))), BAD_REQUEST,
                List.of(new SingleResource(1, Value.of(10L)), new SingleResource(3, Value.of(-60L))), BAD_REQUEST,
                List.of(new SingleResource(1, Value.of(10L)), new SingleResource(7, Value.of("X"))), BAD_REQUEST,
                List.of(new SingleResource(1, Value.of(10L)), new SingleResource(7, Value.of("UU"))), BAD_REQUEST,
                List.of(new SingleResource(1, Value.of("10"))), BAD_REQUEST,
                List.of(new SingleResource(1, Value.of(10L)), new SingleResource(6, Value.of(1L))), BAD_REQUEST,
                List.of(new SingleResource(1, Value.of(10L)), new SingleResource(0, Value.of(0L))), BAD_REQUEST,
                List.of(new SingleResource(1, Value.of(10L)), new SingleResource(8, Value.of(true))),
                METHOD_NOT_ALLOWED,
                List.of(MultipleResource.ofList(1, ResourceType.INTEGER, List.of(Value.of(10L)))), BAD_REQUEST);
        refused.forEach((write, code) ->
                assertEquals(code, failure(provider.write(SYSTEM, 0, write, WriteMode.UPDATE)).code(),
                        write.toString()));

        assertEquals(Value.of(120L), read(provider, 0, 1));
        assertEquals(Value.of(5L), read(provider, 0, 2));
        assertEquals(Value.of(60L), read(provider, 0, 3));
        assertEquals(Value.of(true), read(provider, 0, 6));
        assertEquals(Value.of("UQ"), read(provider, 0, 7));
        assertEquals(Value.of(false), read(provider, 0, 23), "Mute Send is off");
        assertEquals(Value.of(12L), read(provider, 0, 0));
        assertEquals(List.of(), recorder.changes());
    }

    @Test
    void lifetimeRefusalSaysWhy() {
        LwM2mException e = failure(provider(config()).write(SYSTEM, 0, List.of(new SingleResource(1, Value.of(0L))),
                WriteMode.REPLACE));
        assertEquals(ResponseCode.BAD_REQUEST, e.code());
        assertTrue(e.getMessage().contains("lifetime must be at least 1 second"), e.getMessage());
    }

    @Test
    void executesSucceedAndChangeNothing() throws Exception {
        ServerObjectProvider provider = provider(config());
        ChangeRecorder recorder = ChangeRecorder.listenTo(provider);

        execute(provider, 0, 8);
        execute(provider, 0, 4);

        assertEquals(List.of(), recorder.changes());
        assertEquals(Value.of(120L), read(provider, 0, 1));
        assertEquals(ResponseCode.METHOD_NOT_ALLOWED, failure(provider.execute(SYSTEM, 0, 1, "")).code());
        assertEquals(ResponseCode.NOT_FOUND, failure(provider.execute(SYSTEM, 1, 8, "")).code());
    }

    @Test
    void theBootstrapServerCreatesCheckedAccountsAndDeletesThem() {
        ServerObjectProvider provider = provider(config());
        assertEquals(3, provider.create(Requester.BOOTSTRAP_SERVER, 3, List.of(
                new SingleResource(0, Value.of(9L)), new SingleResource(1, Value.of(60L)),
                new SingleResource(6, Value.of(false)), new SingleResource(7, Value.of("U"))))
                .toCompletableFuture().join());
        assertEquals(Value.of(60L), read(provider, 3, 1));
        assertEquals(BAD_REQUEST, failure(provider.create(Requester.BOOTSTRAP_SERVER, 4, List.of(
                new SingleResource(1, Value.of(-1L))))).code());
        assertEquals(METHOD_NOT_ALLOWED, failure(provider.create(Requester.server(9), 5, List.of())).code());

        provider.delete(Requester.BOOTSTRAP_SERVER, 0).toCompletableFuture().join();
        assertEquals(Set.of(3), provider.instanceIds());
    }

    @Test
    void serversCannotCreateOrDeleteAccounts() {
        ServerObjectProvider provider = provider(config());
        assertEquals(ResponseCode.METHOD_NOT_ALLOWED, failure(provider.create(SYSTEM, null, List.of())).code());
        assertEquals(ResponseCode.METHOD_NOT_ALLOWED, failure(provider.delete(SYSTEM, 0)).code());
        assertEquals(Set.of(0), provider.instanceIds());
    }

    @Test
    void deactivationRemovesTheAccount() {
        ServerObjectProvider provider = provider(config());
        ChangeRecorder recorder = ChangeRecorder.listenTo(provider);
        provider.deactivate();
        assertEquals(Set.of(), provider.instanceIds());
        assertEquals(List.of(LwM2mPath.of(1)), recorder.changes());
        assertEquals(List.of(Set.of()), recorder.instanceIdsSeen(), "the account was gone when listeners heard");
    }

    @Test
    void eachServerGetsItsOwnInstanceWithItsOwnOrTheSharedSettings() throws Exception {
        Map<String, Object> config = config();
        config.put(ClientConfiguration.SERVER_URI, new String[] {"coap://one.example", "coap://two.example"});
        config.put(ClientConfiguration.SHORT_SERVER_ID, new int[] {1, 2});
        config.put(ClientConfiguration.LIFETIME, new long[] {60, 600});

        ServerObjectProvider provider = provider(config);

        assertEquals(Set.of(0, 1), provider.instanceIds());
        assertEquals(Value.of(1L), read(provider, 0, 0));
        assertEquals(Value.of(60L), read(provider, 0, 1));
        assertEquals(Value.of(2L), read(provider, 1, 0));
        assertEquals(Value.of(600L), read(provider, 1, 1));
        assertEquals(Value.of("UQ"), read(provider, 1, 7), "one binding for every server");
    }

}
