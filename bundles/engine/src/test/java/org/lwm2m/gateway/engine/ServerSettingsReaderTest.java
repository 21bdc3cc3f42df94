package org.lwm2m.gateway.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

        ServerSettings settings = reader.read(7).orElseThrow();

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

        ServerConnection connection = reader.read(1).orElseThrow().connection();

        assertTrue(connection.secure());
        assertEquals("id", connection.pskIdentity());
        assertArrayEquals(key, connection.pskKey());
        assertFalse(connection.toString().contains("1, 2"), "the key stays out of logs");
        assertEquals(Set.of(1), reader.shortServerIds(), "the bootstrap account names no server");
    }

    @Test
    void readsEachServerByItsShortServerId() throws Exception {
        TestProvider security = RdObjects.noSec("coap://127.0.0.1:5683", 1);
        security.add(1).set(0, Value.of("coap://127.0.0.1:5685")).set(1, Value.of(false)).set(2, Value.of(3L))
                .set(10, Value.of(2L));
        objects.add(security, Map.of());
        TestProvider server = RdObjects.server(2, 60);
        server.add(1).set(0, Value.of(1L)).set(1, Value.of(300L)).set(7, Value.of("U"));
        objects.add(server, Map.of());

        assertEquals(Set.of(1, 2), reader.shortServerIds());
        ServerSettings first = reader.read(1).orElseThrow();
        ServerSettings second = reader.read(2).orElseThrow();
        assertEquals(URI.create("coap://127.0.0.1:5683"), first.connection().uri());
        assertEquals(1, first.serverInstanceId());
        assertEquals(300, first.lifetime());
        assertEquals(URI.create("coap://127.0.0.1:5685"), second.connection().uri());
        assertEquals(0, second.serverInstanceId());
        assertEquals(60, second.lifetime());
        assertEquals(Optional.empty(), reader.read(3));
    }

    @Test
    void isEmptyWhileAnInstanceIsMissing() throws Exception {
        assertEquals(Optional.empty(), reader.read(1));
        TestProvider security = RdObjects.noSec("coap://127.0.0.1:5683", 1);
        objects.add(security, Map.of());
        assertEquals(Optional.empty(), reader.read(1));
        objects.add(RdObjects.server(2, 60), Map.of());
        assertEquals(Optional.empty(), reader.read(1), "no Server instance with the short server id");
    }

    @Test
    void refusesAccountsNoRegistrationCanBeMadeWith() {
        objects.add(RdObjects.server(1, 60), Map.of());
        TestProvider security = RdObjects.noSec("coap://127.0.0.1:5683", 1);
        objects.add(security, Map.of());

        security.get(0).set(2, Value.of(2L));
        assertThrows(ServerSettingsException.class, () -> reader.read(1), "certificate mode over coap://");
        security.get(0).set(0, Value.of("coaps://127.0.0.1:5684")).set(3, Value.of(new byte[] { 0x30, 1, 2 }))
                .set(4, Value.of(new byte[] { 0x30 })).set(5, Value.of(new byte[] { 0x30 }));
        ServerSettingsException notCertificates = assertThrows(ServerSettingsException.class, () -> reader.read(1));
        assertEquals("/0/0: not an X.509 certificate in DER", notCertificates.getMessage());
        security.get(0).set(0, Value.of("coap://127.0.0.1:5683"));
        List.of(3, 4, 5).forEach(security.get(0)::reset);
        security.get(0).set(2, Value.of(0L));
        assertThrows(ServerSettingsException.class, () -> reader.read(1), "PSK over coap://");
        security.get(0).set(2, Value.of(3L)).set(0, Value.of("coaps://127.0.0.1:5684"));
        assertThrows(ServerSettingsException.class, () -> reader.read(1), "NoSec over coaps://");
        security.get(0).set(0, Value.of("not a uri"));
        assertThrows(ServerSettingsException.class, () -> reader.read(1), "bad URI");
        security.get(0).set(0, Value.of("coaps://127.0.0.1:5684")).set(2, Value.of(0L));
        assertThrows(ServerSettingsException.class, () -> reader.read(1), "PSK without identity and key");
    }

    @Test
    void refusesALifetimeThatIsNotPositive() {
        objects.add(RdObjects.noSec("coap://127.0.0.1:5683", 1), Map.of());
        TestProvider server = RdObjects.server(1, 0);
        objects.add(server, Map.of());

        assertThrows(ServerSettingsException.class, () -> reader.read(1));
    }
}
