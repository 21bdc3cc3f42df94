package org.lwm2m.gateway.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.leshan.server.registration.Registration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lwm2m.gateway.api.client.ClientConfiguration;
import org.osgi.framework.Constants;

/** A refused client configuration: one line that says why, no registration, and a fixed one starts the client. */
class ConfigurationRefusalTest {

    private static final String PID = ClientConfiguration.FACTORY_PID + "~op";

    @RegisterExtension
    final ClientBench bench = new ClientBench();

    private static Map<String, Object> configuration(Object... keysAndValues) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(Constants.SERVICE_PID, PID);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return properties;
    }

    @Test
    void aRefusedConfigurationSaysWhyOnceAndRegistersNothingUntilFixed() throws Exception {
        ClientComponent client = bench.configured(configuration(ClientConfiguration.ENDPOINT, "op-bad",
                ClientConfiguration.SERVER_URI, "http://nowhere", ClientConfiguration.LIFETIME, -5L,
                ClientConfiguration.BINDING, "Q"));
        client.bindProvider(bench.noSecAccount(), Map.of());
        client.bindProvider(RdObjects.server(1, 300), Map.of());

        String log = stderrOf(client::activate);

        List<String> lines = log.lines().filter(line -> line.contains("ERROR") && line.contains("ClientComponent"))
                .toList();
        assertEquals(1, lines.size(), log);
        assertTrue(lines.get(0).contains(PID + " refused: serverUri = 'http://nowhere'"), lines.get(0));
        assertTrue(!log.contains("\tat "), "no stack trace: " + log);
        assertEquals(List.of(), client.registrations());

        client.modified(configuration(ClientConfiguration.ENDPOINT, "op-fixed", ClientConfiguration.SERVER_URI,
                bench.leshan().coapUri().toString()));

        Registration registration = bench.leshan().registrations().next();
        assertEquals("op-fixed", registration.getEndpoint());
        assertEquals("op-fixed", client.endpoint());
    }

    private static String stderrOf(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
