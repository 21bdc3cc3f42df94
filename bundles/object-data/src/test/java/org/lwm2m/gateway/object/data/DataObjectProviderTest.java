package org.lwm2m.gateway.object.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lwm2m.gateway.api.ResponseCode;
import org.lwm2m.gateway.api.model.ResourceType;
import org.lwm2m.gateway.api.node.MultipleResource;
import org.lwm2m.gateway.api.node.ResourceNode;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.api.object.Requester;
import org.lwm2m.gateway.api.object.WriteMode;
import org.lwm2m.gateway.testing.ProviderCalls;

/** Portfolio and Binary App Data Container hold what servers create, write and delete, and nothing else. */
class DataObjectProviderTest {

    private static final Requester SERVER = Requester.server(1);

    private static MultipleResource identities(String... names) {
        TreeMap<Integer, Value> values = new TreeMap<>();
        for (int i = 0; i < names.length; i++) {
            values.put(i, Value.of(names[i]));
        }
        return new MultipleResource(0, ResourceType.STRING, values);
    }

    @Test
    void aServerCreatesWritesAndDeletesPortfolioInstances() {
        PortfolioObject portfolio = new PortfolioObject((Path) null);
        assertTrue(portfolio.instanceIds().isEmpty());

        int id = ProviderCalls.await(portfolio.create(SERVER, null, List.of(identities("host", "user"))));
        assertEquals(Map.of(0, Value.of("host"), 1, Value.of("user")), ProviderCalls.readMultiple(portfolio, id, 0));
        ProviderCalls.await(portfolio.write(SERVER, id, List.of(identities("other")), WriteMode.REPLACE));
        assertEquals(Map.of(0, Value.of("other")), ProviderCalls.readMultiple(portfolio, id, 0));
        ProviderCalls.await(portfolio.delete(SERVER, id));
        assertTrue(portfolio.instanceIds().isEmpty());
    }

    @Test
    void whatServersCreateWriteAndDeleteIsKeptForTheNextStart(@TempDir Path data) throws Exception {
        Path file = data.resolve("16-gw.instances");
        PortfolioObject before = new PortfolioObject(file);
        int kept = ProviderCalls.await(before.create(SERVER, null, List.of(identities("host", "user"))));
        int gone = ProviderCalls.await(before.create(SERVER, null, List.of(identities("temporary"))));
        ProviderCalls.await(before.write(SERVER, kept, List.of(identities("host", "admin")), WriteMode.REPLACE));
        ProviderCalls.await(before.delete(SERVER, gone));

        PortfolioObject after = new PortfolioObject(file);
        assertEquals(List.of(kept), List.copyOf(after.instanceIds()));
        assertEquals(Map.of(0, Value.of("host"), 1, Value.of("admin")), ProviderCalls.readMultiple(after, kept, 0));
        assertFalse(Files.exists(data.resolve("16-gw.instances.next")), "no file left half-way");
    }

    @Test
    void aFileThatCannotBeReadLeavesTheObjectEmpty(@TempDir Path data) throws Exception {
        Path file = data.resolve("19-gw.instances");
        Files.writeString(file, "/19/0/7 not a resource of object 19\n");
        assertTrue(new BinaryAppDataContainerObject(file).instanceIds().isEmpty());
    }

    @Test
    void anInstanceWithoutItsMandatoryResourceIsNotCreated() {
        BinaryAppDataContainerObject containers = new BinaryAppDataContainerObject((Path) null);
        List<ResourceNode> noData = List.of(new SingleResource(3, Value.of("no data")));

        assertEquals(ResponseCode.BAD_REQUEST,
                ProviderCalls.failure(containers.create(SERVER, 4, noData)).code());
        assertTrue(containers.instanceIds().isEmpty());
        int id = ProviderCalls.await(containers.create(SERVER, 4, List.of(new MultipleResource(0,
                ResourceType.OPAQUE, new TreeMap<>(Map.of(0, Value.of(new byte[] { 1, 2 })))))));
        assertEquals(4, id);
    }
}
