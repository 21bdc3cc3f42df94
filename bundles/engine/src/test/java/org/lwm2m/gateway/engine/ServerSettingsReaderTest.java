package org.lwm2m.gateway.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.node.Value;

class ServerSettingsReaderTest {

    private final ClientObjects objects = new ClientObjects("me");
    private final ServerSettingsReader reader = new ServerSettingsReader(objects, Duration.ofSeconds(1));

    @Test
    void readsTheNoSecAccountAndItsServerInstance() throws Exception {
        objects.add(RdObjects.noSec("coap://127.0.0.1:5683", 7), Map.of());
        TestProvider server = RdObjects.server(3, 300);
        server.add(1).set(0, Value.of(7L)).set(1, Value.of(86400L)).set(7, Value.of("UQ"));
        objects.add(server, Map.of());

        ServerSettings settings = reader.read().orElseThrow();

        assertEquals(ServerConnection.plain(URI.create("coap://127.0.0.1:5683")), settings.connection());
        assertEquals(7, settings.shortServerId());
        assertEquals(1, settings.serverInstanceId());
        assertEquals(86400, settings.lifetime());
        assertEquals("UQ", settings.binding());
    }

    @Test
    void readsThePskAccountAndSkipsTheBootstrapServer() throws Exception {
        byte[] key = {1, 2, 3, 4};
        TestProvider security = RdObjects.psk("coaps://[::1]:5684", 1, "id", key);
        security.add(1).set(0, Value.of("coap://bootstrap:5683")).set(1, Value.of(true)).set(2, Value.of(3L));
        security.remove(0);
        security.add(2).set(0, Value.of("coaps://[::1]:5684")).set(1, Value.of(false)).set(2, Value.of(0L))
                .set(3, Value.of("id".getBytes(StandardCharsets.UTF_8))).set(5, Value.of(key))
                .set(10, Value.of(1L));
        objects.add(security, Map.of());
        objects.add(RdObjects.server(1, 60), Map.of());

        ServerConnection connection = reader.read().orElseThrow().connection();

        assertTrue(connection.secure());
        assertEquals("id", connection.pskIdentity());
        assertArrayEquals(key, connection.pskKey());
        assertFalse(connection.toString().contains("1, 2"), "the key stays out of logs");
    }

    @Test
    void isEmptyWhileAnInstanceIsMissing() throws Exception {
        assertEquals(Optional.empty(), reader.read());
        TestProvider security = RdObjects.noSec("coap://127.0.0.1:5683", 1);
        objects.add(security, Map.of());
        assertEquals(Optional.empty(), reader.read());
        objects.add(RdObjects.server(2, 60), Map.of());
        assertEquals(Optional.empty(), reader.read(), "no Server instance with the short server id");
    }

    @Test
    void refusesAccountsNoRegistrationCanBeMadeWith() {
        objects.add(RdObjects.server(1, 60), Map.of());
        TestProvider security = RdObjects.noSec("coap://127.0.0.1:5683", 1);
        objects.add(security, Map.of());

        security.get(0).set(2, Value.of(2L));
        assertThrows(ServerSettingsException.class, reader::read, "certificate mode");
        security.get(0).set(2, Value.of(0L));
        assertThrows(ServerSettingsException.class, reader::read, "PSK over coap://");
        security.get(0).set(2, Value.of(3L)).set(0, Value.of("coaps://127.0.0.1:5684"));
        assertThrows(ServerSettingsException.class, reader::read, "NoSec over coaps://");
        security.get(0).set(0, Value.of("not a uri"));
        assertThrows(ServerSettingsException.class, reader::read, "bad URI");
        security.get(0).set(0, Value.of("coaps://127.0.0.1:5684")).set(2, Value.of(0L));
        assertThrows(ServerSettingsException.class, reader::read, "PSK without identity and key");
    }

    @Test
    void refusesALifetimeThatIsNotPositive() {
        objects.add(RdObjects.noSec("coap://127.0.0.1:5683", 1), Map.of());
        TestProvider server = RdObjects.server(1, 0);
        objects.add(server, Map.of());

        assertThrows(ServerSettingsException.class, reader::read);
    }
}
