package org.lwm2m.gateway.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.api.object.ObjectListener;
import org.lwm2m.gateway.api.object.ObjectProvider;

class ClientObjectsTest {

    private final ClientObjects objects = new ClientObjects("me");
    private final List<String> changes = new ArrayList<>();

    ClientObjectsTest() {
        objects.addListener(new ObjectListener() {
            @Override
            public void instancesChanged(ObjectProvider provider) {
                changes.add("instances " + provider.model().id());
            }

            @Override
            public void valueChanged(ObjectProvider provider, LwM2mPath path) {
                changes.add("value " + path);
            }
        });
    }

    @Test
    void sharedProvidersAndThoseOfThisEndpointBelongToTheClient() {
        TestProvider shared = RdObjects.device();
        TestProvider mine = RdObjects.server(1, 300);
        TestProvider theirs = RdObjects.noSec("coap://127.0.0.1:5683", 1);

        objects.add(shared, Map.of());
        objects.add(mine, Map.of("endpoint", "me"));
        objects.add(theirs, Map.of("endpoint", "them"));

        assertEquals(List.of(mine, shared), List.copyOf(objects.providers()));
        assertNull(objects.provider(0));
    }

    @Test
    void providerOfThisEndpointWinsOverASharedOneThenRankingDecides() {
        TestProvider shared = RdObjects.device();
        TestProvider sharedRanked = RdObjects.device();
        TestProvider mine = RdObjects.device();

        objects.add(shared, Map.of());
        objects.add(sharedRanked, Map.of("service.ranking", 5));
        assertSame(sharedRanked, objects.provider(3));
        objects.add(mine, Map.of("endpoint", new String[] {"other", "me"}));
        assertSame(mine, objects.provider(3));

        objects.remove(mine);
        assertSame(sharedRanked, objects.provider(3));
    }

    @Test
    void relaysChangesOfItsProvidersAndItsOwn() {
        TestProvider device = RdObjects.device();
        TestProvider theirs = RdObjects.device();
        objects.add(device, Map.of());
        objects.add(theirs, Map.of("endpoint", "them"));
        changes.clear();

        device.get(0).set(9, Value.of(50L));
        theirs.get(0).set(9, Value.of(50L));
        device.add(1);
        objects.remove(device);
        device.add(2);

        assertEquals(List.of("value /3/0/9", "instances 3", "instances 3"), changes);
    }

    @Test
    void newEndpointNameSelectsItsProviders() {
        TestProvider device = RdObjects.device();
        objects.add(device, Map.of("endpoint", "next"));
        assertNull(objects.provider(3));

        objects.endpoint("next");

        assertSame(device, objects.provider(3));
        changes.clear();
        device.add(1);
        assertEquals(List.of("instances 3"), changes);
    }

    @Test
    void changedEndpointPropertyMovesTheProvider() {
        TestProvider device = RdObjects.device();
        objects.add(device, Map.of("endpoint", "me"));

        objects.update(device, Map.of("endpoint", "them"));

        assertNull(objects.provider(3));
    }
}
