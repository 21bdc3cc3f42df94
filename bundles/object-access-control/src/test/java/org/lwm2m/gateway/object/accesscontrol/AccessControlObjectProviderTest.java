package org.lwm2m.gateway.object.accesscontrol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.ResponseCode;
import org.lwm2m.gateway.api.client.ClientConfiguration;
import org.lwm2m.gateway.api.model.ResourceType;
import org.lwm2m.gateway.api.node.MultipleResource;
import org.lwm2m.gateway.api.node.ResourceNode;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.api.object.Requester;
import org.lwm2m.gateway.testing.ProviderCalls;

/** Access Control instances: the bootstrap server and the gateway make them, checked; servers do not. */
class AccessControlObjectProviderTest {

    private final AccessControlObjectProvider provider = new AccessControlObjectProvider(Map.of(
            ClientConfiguration.ENDPOINT, "acl", ClientConfiguration.SERVER_URI, "coap://one.example"));

    private static List<ResourceNode> instance(long objectId, long instanceId, Map<Integer, Long> acl, long owner) {
        TreeMap<Integer, Value> rights = new TreeMap<>();
        acl.forEach((server, bits) -> rights.put(server, Value.of(bits)));
        return List.of(new SingleResource(0, Value.of(objectId)), new SingleResource(1, Value.of(instanceId)),
                new MultipleResource(2, ResourceType.INTEGER, rights), new SingleResource(3, Value.of(owner)));
    }

    @Test
    void theConfigurationGivesInstances() {
        AccessControlObjectProvider configured = new AccessControlObjectProvider(Map.of(
                ClientConfiguration.ENDPOINT, "acl",
                ClientConfiguration.SERVER_URI, new String[] { "coap://one.example", "coap://two.example" },
                ClientConfiguration.SHORT_SERVER_ID, new long[] { 1, 2 },
                ClientConfiguration.ACCESS_CONTROL, new String[] { "3/0 1=RWE *=R owner=1", "19 2=C" }));
        assertEquals(List.of(0, 1), List.copyOf(configured.instanceIds()));
        assertEquals(Value.of(3L), ProviderCalls.read(configured, 0, 0));
        assertEquals(Map.of(0, Value.of(1L), 1, Value.of(7L)), ProviderCalls.readMultiple(configured, 0, 2));
        assertEquals(Value.of(1L), ProviderCalls.read(configured, 0, 3));
        assertEquals(Value.of(65535L), ProviderCalls.read(configured, 1, 1), "the object: the right to create");
        assertEquals(Map.of(2, Value.of(16L)), ProviderCalls.readMultiple(configured, 1, 2));
        assertEquals(Value.of(65535L), ProviderCalls.read(configured, 1, 3), "no owner");
    }

    @Test
    void theBootstrapServerAndTheGatewayCreateInstances() {
        int first = ProviderCalls.await(provider.create(Requester.BOOTSTRAP_SERVER, 4,
                instance(3, 0, Map.of(1, 1L, 0, 1L), 65535)));
        int second = ProviderCalls.await(provider.create(Requester.SYSTEM, null, instance(19, 2, Map.of(), 7)));
        assertEquals(4, first);
        assertEquals(0, second, "the lowest free id");
        assertEquals(List.of(0, 4), List.copyOf(provider.instanceIds()));
        assertEquals(Value.of(65535L), ProviderCalls.read(provider, 4, 3));
    }

    @Test
    void aManagementServerNeitherCreatesNorDeletesThem() {
        assertEquals(ResponseCode.METHOD_NOT_ALLOWED, ProviderCalls.failure(provider.create(Requester.server(1), null,
                instance(3, 0, Map.of(), 1))).code());
        ProviderCalls.await(provider.create(Requester.BOOTSTRAP_SERVER, 0, instance(3, 0, Map.of(), 1)));
        assertEquals(ResponseCode.METHOD_NOT_ALLOWED, ProviderCalls.failure(provider.delete(Requester.server(1), 0))
                .code());
        assertEquals(List.of(0), List.copyOf(provider.instanceIds()));
    }

    @Test
    void rightsAndIdsOutOfRangeAreRefusedAndCreateNothing() {
        for (List<ResourceNode> bad : List.of(instance(0, 0, Map.of(), 1), instance(3, 65536, Map.of(), 1),
                instance(3, 0, Map.of(1, 32L), 1), instance(3, 0, Map.of(2, -1L), 1),
                instance(3, 0, Map.of(), -1))) {
            assertEquals(ResponseCode.BAD_REQUEST, ProviderCalls.failure(provider.create(Requester.BOOTSTRAP_SERVER,
                    null, bad)).code(), bad.toString());
        }
        assertTrue(provider.instanceIds().isEmpty());
    }
}
