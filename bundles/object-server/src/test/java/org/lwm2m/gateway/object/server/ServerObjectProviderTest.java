package org.lwm2m.gateway.object.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
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
import org.lwm2m.gateway.api.node.MultipleResource;
import org.lwm2m.gateway.api.node.ResourceNode;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.api.object.ObjectListener;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.lwm2m.gateway.api.object.WriteMode;

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
        return new ServerObjectProvider(Configs.of(ServerConfig.class, properties));
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

    private static void write(ObjectProvider provider, ResourceNode... resources) throws Exception {
        provider.write(0, List.of(resources), WriteMode.UPDATE).toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    private static List<LwM2mPath> recordChanges(ObjectProvider provider) {
        List<LwM2mPath> changes = new CopyOnWriteArrayList<>();
        provider.addListener(new ObjectListener() {
            @Override
            public void instancesChanged(ObjectProvider p) {
                changes.add(LwM2mPath.of(p.model().id()));
            }

            @Override
            public void valueChanged(ObjectProvider p, LwM2mPath path) {
                changes.add(path);
            }
        });
        return changes;
    }

    @Test
    void shipsTheServerObjectVersion11() {
        ObjectModel model = provider(config()).model();
        assertEquals(1, model.id());
        assertEquals("LwM2M Server", model.name());
        assertEquals("1.1", model.version());
        assertEquals("1.1", model.lwm2mVersion());
        assertTrue(model.multipleInstances());
    }

    @Test
    void instanceZeroCarriesTheConfiguration() throws Exception {
        ServerObjectProvider provider = provider(config());

        assertEquals(Set.of(0), provider.instanceIds());
        assertEquals(Set.of(0, 1, 2, 3, 4, 5, 6, 7, 8), provider.resourceIds(0));
        assertEquals(Value.of(12L), read(provider, 0));
        assertEquals(Value.of(120L), read(provider, 1));
        assertEquals(Value.of(5L), read(provider, 2));
        assertEquals(Value.of(60L), read(provider, 3));
        assertEquals(Value.of(86400L), read(provider, 5));
        assertEquals(Value.of(true), read(provider, 6));
        assertEquals(Value.of("UQ"), read(provider, 7));
        for (int mandatory : List.of(0, 1, 6, 7, 8)) {
            assertTrue(provider.model().resource(mandatory).mandatory());
        }
    }

    @Test
    void defaultsFollowTheClientConfigurationContract() throws Exception {
        ServerObjectProvider provider = provider(Map.of(ClientConfiguration.ENDPOINT, "gw-2"));
        assertEquals(Value.of((long) ClientConfiguration.DEFAULT_SHORT_SERVER_ID), read(provider, 0));
        assertEquals(Value.of(ClientConfiguration.DEFAULT_LIFETIME), read(provider, 1));
        assertEquals(Value.of(0L), read(provider, 2));
        assertEquals(Value.of(0L), read(provider, 3));
        assertEquals(Value.of(ClientConfiguration.DEFAULT_BINDING), read(provider, 7));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "endpoint         | ''   | endpoint is missing",
        "lifetime         | 0    | lifetime must be at least 1 second",
        "shortServerId    | 0    | shortServerId must be 1..65534",
        "shortServerId    | 65535 | shortServerId must be 1..65534",
        "defaultMinPeriod | -1   | defaultMinPeriod must not be negative",
        "defaultMaxPeriod | -5   | defaultMaxPeriod must not be negative",
        "binding          | UDP  | binding 'UDP' has 'D'",
        "binding          | ''   | binding is empty",
    })
    void refusesABadConfiguration(String property, String value, String expected) {
        Map<String, Object> config = config();
        config.put(property, switch (property) {
            case "shortServerId" -> Integer.valueOf(value);
            case "lifetime", "defaultMinPeriod", "defaultMaxPeriod" -> Long.valueOf(value);
            default -> value;
        });
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> provider(config));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void serverWritesAreAppliedAndReported() throws Exception {
        ServerObjectProvider provider = provider(config());
        List<LwM2mPath> changes = recordChanges(provider);

        write(provider, new SingleResource(1, Value.of(3600L)), new SingleResource(2, Value.of(0L)),
                new SingleResource(3, Value.of(0L)), new SingleResource(6, Value.of(false)),
                new SingleResource(7, Value.of("T")), new SingleResource(5, Value.of(0L)));

        assertEquals(Value.of(3600L), read(provider, 1));
        assertEquals(Value.of(0L), read(provider, 2));
        assertEquals(Value.of(false), read(provider, 6));
        assertEquals(Value.of("T"), read(provider, 7));
        assertEquals(Value.of(0L), read(provider, 5));
        assertTrue(changes.contains(LwM2mPath.of(1, 0, 1)) && changes.contains(LwM2mPath.of(1, 0, 7)), "" + changes);
    }

    @Test
    void aRefusedValueWritesNothing() throws Exception {
        ServerObjectProvider provider = provider(config());
        List<LwM2mPath> changes = recordChanges(provider);

        List<List<ResourceNode>> refused = List.of(
                List.of(new SingleResource(2, Value.of(1L)), new SingleResource(1, Value.of(0L))),
                List.of(new SingleResource(1, Value.of(10L)), new SingleResource(2, Value.of(-1L))),
                List.of(new SingleResource(1, Value.of(10L)), new SingleResource(3, Value.of(-60L))),
                List.of(new SingleResource(1, Value.of(10L)), new SingleResource(7, Value.of("X"))),
                List.of(new SingleResource(1, Value.of(10L)), new SingleResource(7, Value.of("UU"))),
                List.of(new SingleResource(1, Value.of("10"))),
                List.of(new SingleResource(1, Value.of(10L)), new SingleResource(6, Value.of(1L))),
                List.of(new SingleResource(1, Value.of(10L)), new SingleResource(0, Value.of(0L))),
                List.of(new SingleResource(1, Value.of(10L)), new SingleResource(8, Value.of(true))),
                List.of(MultipleResource.ofList(1, org.lwm2m.gateway.api.model.ResourceType.INTEGER,
                        List.of(Value.of(10L)))));
        for (List<ResourceNode> write : refused) {
            LwM2mException e = failure(provider.write(0, write, WriteMode.UPDATE));
            assertTrue(e.code() == ResponseCode.BAD_REQUEST || e.code() == ResponseCode.METHOD_NOT_ALLOWED,
                    write + " -> " + e.code());
        }

        assertEquals(Value.of(120L), read(provider, 1));
        assertEquals(Value.of(5L), read(provider, 2));
        assertEquals(Value.of(60L), read(provider, 3));
        assertEquals(Value.of(true), read(provider, 6));
        assertEquals(Value.of("UQ"), read(provider, 7));
        assertEquals(Value.of(12L), read(provider, 0));
        assertEquals(List.of(), changes);
    }

    @Test
    void lifetimeRefusalSaysWhy() {
        LwM2mException e = failure(provider(config()).write(0, List.of(new SingleResource(1, Value.of(0L))),
                WriteMode.REPLACE));
        assertEquals(ResponseCode.BAD_REQUEST, e.code());
        assertTrue(e.getMessage().contains("lifetime must be at least 1 second"), e.getMessage());
    }

    @Test
    void executesSucceedAndChangeNothing() throws Exception {
        ServerObjectProvider provider = provider(config());
        List<LwM2mPath> changes = recordChanges(provider);

        provider.execute(0, 8, "").toCompletableFuture().get(5, TimeUnit.SECONDS);
        provider.execute(0, 4, "").toCompletableFuture().get(5, TimeUnit.SECONDS);

        assertEquals(List.of(), changes);
        assertEquals(Value.of(120L), read(provider, 1));
        assertEquals(ResponseCode.METHOD_NOT_ALLOWED, failure(provider.execute(0, 1, "")).code());
        assertEquals(ResponseCode.NOT_FOUND, failure(provider.execute(1, 8, "")).code());
    }

    @Test
    void serversCannotCreateOrDeleteAccounts() {
        ServerObjectProvider provider = provider(config());
        assertEquals(ResponseCode.METHOD_NOT_ALLOWED, failure(provider.create(null, List.of())).code());
        assertEquals(ResponseCode.METHOD_NOT_ALLOWED, failure(provider.delete(0)).code());
        assertEquals(Set.of(0), provider.instanceIds());
    }

    @Test
    void deactivationRemovesTheAccount() {
        ServerObjectProvider provider = provider(config());
        List<LwM2mPath> changes = recordChanges(provider);
        provider.deactivate();
        assertEquals(Set.of(), provider.instanceIds());
        assertEquals(List.of(LwM2mPath.of(1)), changes);
    }
}
