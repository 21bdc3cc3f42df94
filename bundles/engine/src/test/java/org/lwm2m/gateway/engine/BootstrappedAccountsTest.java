package org.lwm2m.gateway.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.model.ResourceType;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.api.object.InstanceLines;
import org.lwm2m.gateway.testing.AllTypes;
import org.lwm2m.gateway.testing.RandomValues;

/** The accounts a bootstrap server wrote, kept in a file and written back at the next start. */
class BootstrappedAccountsTest {

    private static final Duration BOUND = Duration.ofSeconds(2);

    @TempDir
    Path data;

    @Test
    void keptAccountsComeBackAsTheyWereWritten() {
        TestObjects written = new TestObjects();
        Path file = BootstrappedAccounts.fileFor(data, "gw/17").orElseThrow();
        new BootstrappedAccounts(file, BOUND).save(clientOf(written));
        assertTrue(Files.isRegularFile(file), "kept under a name made safe: " + file);
        assertFalse(Files.exists(file.resolveSibling(file.getFileName() + ".next")), "no file left half-way");

        TestProvider security = new TestProvider(TestObjects.SECURITY, true);
        TestProvider server = new TestProvider(TestObjects.SERVER, true);
        ClientObjects restarted = new ClientObjects("gw/17");
        restarted.add(security, Map.of());
        restarted.add(server, Map.of());

        assertTrue(new BootstrappedAccounts(file, BOUND).restore(restarted));

        for (int resource : written.security.get(0).resourceIds()) {
            assertEquals(written.security.get(0).get(resource), security.get(0).get(resource), "/0/0/" + resource);
        }
        assertEquals(written.server.get(0).get(1), server.get(0).get(1));
        assertEquals(written.server.get(0).get(7), server.get(0).get(7));
    }

    @Test
    void noFileOrNoObjectsRestoresNothing() {
        Path file = BootstrappedAccounts.fileFor(data, "gw").orElseThrow();
        assertFalse(new BootstrappedAccounts(file, BOUND).restore(clientOf(new TestObjects())));
        assertFalse(BootstrappedAccounts.NONE.restore(clientOf(new TestObjects())));
        assertEquals(Optional.empty(), BootstrappedAccounts.fileFor(null, "gw"));
    }

    @Test
    void everyTypeOfValueReadsBackFromItsLine() {
        RandomValues values = new RandomValues(new Random(5), RandomValues.Range.FULL);
        for (ResourceType type : ResourceType.values()) {
            if (type == ResourceType.NONE) {
                continue;
            }
            for (int i = 0; i < 50; i++) {
                Value value = values.next(type);
                ObjectModel model = AllTypes.model();
                String line = AllTypes.single(type) + " " + InstanceLines.format(value);
                assertEquals(List.of(new SingleResource(AllTypes.singleId(type), value)),
                        InstanceLines.parse(List.of(line), Map.of(model.id(), model)).values().iterator()
                                .next(), line);
            }
        }
    }

    private static ClientObjects clientOf(TestObjects objects) {
        ClientObjects client = new ClientObjects("gw");
        client.add(objects.security, Map.of());
        client.add(objects.server, Map.of());
        return client;
    }
}
