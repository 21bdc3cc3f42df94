package org.lwm2m.gateway.engine;

import static org.eclipse.californium.core.coap.CoAP.ResponseCode.CHANGED;
import static org.eclipse.californium.core.coap.CoAP.ResponseCode.CONTENT;
import static org.eclipse.californium.core.coap.CoAP.ResponseCode.CREATED;
import static org.eclipse.californium.core.coap.CoAP.ResponseCode.DELETED;
import static org.eclipse.californium.core.coap.CoAP.ResponseCode.UNAUTHORIZED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.californium.core.CoapResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.model.ResourceType;
import org.lwm2m.gateway.api.node.MultipleResource;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.api.object.ValueInstance;
import org.lwm2m.gateway.api.object.WriteMode;

/**
 * Access Control with two management servers (123, and 101, the peer): what the Access Control instances grant the
 * peer is what it may do, each refusal is 4.01 and changes nothing, and with one server nothing is checked.
 */
class AccessControlTest extends DispatcherTestBase {

    private static final int PEER = (int) CoapPeer.SERVER.shortServerId();
    private static final long READ = 1;
    private static final long WRITE = 2;
    private static final long EXECUTE = 4;
    private static final long DELETE = 8;
    private static final long CREATE = 16;

    /** An object the servers create instances in (Binary App Data Container, 19). */
    private TestProvider containers;

    @BeforeEach
    void twoServersAndNoRightsYet() {
        objects.security.add(1).set(0, Value.of("coap://second.example.org")).set(1, Value.of(false))
                .set(2, Value.of(3L)).set(10, Value.of((long) PEER));
        objects.acl.remove(0);
        context.objects().remove(objects.appData);
        containers = new TestProvider(TestObjects.APP_DATA, true);
        containers.add(0).setAll(0, List.of(Value.of(new byte[] {1})));
        containers.add(1).setAll(0, List.of(Value.of(new byte[] {2})));
        context.add(containers);
    }

    /** An Access Control instance for /object/instance with these rights by short server id, and an owner. */
    private void grant(int id, int objectId, int instanceId, Map<Integer, Long> rights, long owner) {
        ValueInstance aco = objects.acl.add(id).set(0, Value.of((long) objectId)).set(1, Value.of((long) instanceId))
                .set(3, Value.of(owner));
        Map<Integer, Value> acl = new TreeMap<>();
        rights.forEach((server, bits) -> acl.put(server, Value.of(bits)));
        aco.write(new MultipleResource(2, ResourceType.INTEGER, new TreeMap<>(acl)), WriteMode.REPLACE);
    }

    @Test
    void theRightsOfTheServersOwnEntryDecide() {
        grant(0, 3, 0, Map.of(PEER, READ, 123, READ | WRITE), 123);

        assertCode(CONTENT, peer.get("/3/0/0"));
        assertCode(UNAUTHORIZED, peer.put("/3/0/15", TEXT, text("Europe/Paris")));
        assertEquals(Value.of("Europe/Berlin"), ((SingleResource) objects.device.get(0).get(15)).value());
        assertCode(UNAUTHORIZED, peer.post("/3/0/4", NONE, null));
        assertTrue(objects.reboots.isEmpty());
    }

    @Test
    void theOwnerWithoutAnEntryMayDoEverythingAndOthersGetTheDefault() {
        grant(0, 3, 0, Map.of(0, READ | WRITE), PEER);
        assertCode(CHANGED, peer.post("/3/0/4", NONE, null));

        grant(0, 3, 0, Map.of(0, READ | WRITE), 123);
        assertCode(CHANGED, peer.put("/3/0/15", TEXT, text("Europe/Paris")));
        assertCode(UNAUTHORIZED, peer.post("/3/0/4", NONE, null));
        assertEquals(1, objects.reboots.size());
    }

    @Test
    void anInstanceWithoutAccessControlInstanceGrantsNothing() {
        grant(0, 3, 0, Map.of(PEER, READ), 123);
        assertCode(UNAUTHORIZED, peer.get("/1/0"));
        assertCode(UNAUTHORIZED, peer.get("/19/0/0"));
    }

    @Test
    void readingAnObjectShowsOnlyTheInstancesTheServerMayRead() {
        grant(0, 19, 0, Map.of(PEER, READ), 123);
        String links = assertCode(CONTENT, peer.get("/19", LINK)).getResponseText();
        assertTrue(links.contains("</19/0>"), links);
        assertFalse(links.contains("</19/1"), links);
    }

    @Test
    void aServerThatMayCreateOwnsWhatItCreatesAndItsDeleteTakesTheAccessControlInstanceAlong() {
        grant(0, 19, 65535, Map.of(PEER, CREATE), 123);
        grant(1, 19, 0, Map.of(PEER, READ), 123);

        CoapResponse created = assertCode(CREATED, peer.post("/19", NONE, null));
        String id = created.getOptions().getLocationPath().get(1);
        assertEquals(3, objects.acl.instanceIds().size(), "an Access Control instance for the new instance");
        assertCode(CONTENT, peer.get("/19/" + id, TLV));
        assertCode(DELETED, peer.delete("/19/" + id));
        assertEquals(2, objects.acl.instanceIds().size(), "its Access Control instance went with it");

        assertCode(UNAUTHORIZED, peer.delete("/19/0"));
        assertTrue(containers.instanceIds().contains(0));
    }

    @Test
    void withoutTheRightToCreateNothingIsCreated() {
        grant(0, 19, 65535, Map.of(PEER, READ | WRITE | EXECUTE | DELETE), 123);
        assertCode(UNAUTHORIZED, peer.post("/19", NONE, null));
        assertEquals(2, containers.instanceIds().size());
    }

    @Test
    void anAccessControlInstanceIsOpenToItsOwnerOnly() {
        grant(0, 3, 0, Map.of(PEER, READ), PEER);
        grant(1, 3, 0, Map.of(PEER, READ), 123);
        assertCode(CONTENT, peer.get("/2/0"));
        assertCode(UNAUTHORIZED, peer.get("/2/1"));
    }

    @Test
    void withOneServerNothingIsChecked() {
        objects.security.remove(1);
        grant(0, 3, 0, Map.of(PEER, READ), 123);
        assertCode(CHANGED, peer.put("/3/0/15", TEXT, text("Europe/Paris")));
    }
}
