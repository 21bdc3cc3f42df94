package org.lwm2m.gateway.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lwm2m.gateway.api.client.ClientConfiguration;
import org.lwm2m.gateway.testing.ConfigAdminFramework;
import org.osgi.service.cm.Configuration;

class EnvironmentConfigurationTest {

    private static final String FILTER = "(service.factoryPid=" + ClientConfiguration.FACTORY_PID + ")";

    @RegisterExtension
    final ConfigAdminFramework framework = new ConfigAdminFramework();

    /** The exit codes the component asked for. */
    private final List<Integer> exits = new ArrayList<>();

    private void apply(Map<String, String> environment) {
        new EnvironmentConfiguration(framework.configAdmin(), environment::get, exits::add).apply();
    }

    private Dictionary<String, Object> envProperties() throws Exception {
        Configuration[] found = framework.configAdmin()
                .listConfigurations("(service.pid=" + EnvironmentConfiguration.PID + ")");
        return found == null ? null : found[0].getProperties();
    }

    private int clientConfigurations() throws Exception {
        Configuration[] found = framework.configAdmin().listConfigurations(FILTER);
        return found == null ? 0 : found.length;
    }

    private void createOtherClientConfiguration() throws Exception {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(ClientConfiguration.ENDPOINT, "configured-by-hand");
        properties.put(ClientConfiguration.SERVER_URI, "coap://elsewhere");
        framework.configAdmin().getFactoryConfiguration(ClientConfiguration.FACTORY_PID, "hand", "?")
                .update(properties);
    }

    @Test
    void serverUriCreatesTheNamedFactoryConfiguration() throws Exception {
        apply(Map.of("LWM2M_SERVER_URI", "coaps://127.0.0.1:5684", "LWM2M_ENDPOINT", "gw-1",
                "LWM2M_LIFETIME", "90", "LWM2M_PSK_IDENTITY", "gw-id", "LWM2M_PSK_KEY", "c0ffee"));

        Dictionary<String, Object> properties = envProperties();
        assertNotNull(properties);
        assertEquals(ClientConfiguration.FACTORY_PID, properties.get("service.factoryPid"));
        assertEquals("org.lwm2m.gateway.client~env", properties.get("service.pid"));
        assertEquals("gw-1", properties.get(ClientConfiguration.ENDPOINT));
        assertEquals("coaps://127.0.0.1:5684", properties.get(ClientConfiguration.SERVER_URI));
        assertEquals(90L, properties.get(ClientConfiguration.LIFETIME));
        assertEquals("gw-id", properties.get(ClientConfiguration.PSK_IDENTITY));
        assertEquals("c0ffee", properties.get(ClientConfiguration.PSK_KEY));
        assertEquals(1, clientConfigurations());
    }

    @Test
    void aChangedEnvironmentUpdatesTheSameConfiguration() throws Exception {
        apply(Map.of("LWM2M_SERVER_URI", "coap://127.0.0.1", "LWM2M_LIFETIME", "90"));
        apply(Map.of("LWM2M_SERVER_URI", "coap://127.0.0.2", "LWM2M_ENDPOINT", "gw-2"));

        Dictionary<String, Object> properties = envProperties();
        assertEquals("coap://127.0.0.2", properties.get(ClientConfiguration.SERVER_URI));
        assertEquals("gw-2", properties.get(ClientConfiguration.ENDPOINT));
        assertNull(properties.get(ClientConfiguration.LIFETIME), "a variable no longer set is no longer configured");
        assertEquals(1, clientConfigurations());
    }

    @Test
    void withoutServerUriTheConfigurationOfAnEarlierRunIsRemovedAndOthersStay() throws Exception {
        createOtherClientConfiguration();
        apply(Map.of("LWM2M_SERVER_URI", "coap://127.0.0.1"));
        assertEquals(2, clientConfigurations());

        apply(Map.of());

        assertNull(envProperties());
        assertEquals(1, clientConfigurations());
    }

    @Test
    void withoutServerUriAndNoEarlierRunNothingIsCreated() throws Exception {
        apply(Map.of("LWM2M_ENDPOINT", "gw-1"));

        assertEquals(0, clientConfigurations());
    }

    @Test
    void invalidValuesCreateNoConfigurationAndLeaveOthersAlone() throws Exception {
        createOtherClientConfiguration();
        apply(Map.of("LWM2M_SERVER_URI", "coap://127.0.0.1"));

        assertEquals(List.of(), exits);
        apply(Map.of("LWM2M_SERVER_URI", "coap://127.0.0.1", "LWM2M_LIFETIME", "soon"));

        assertNull(envProperties());
        assertEquals(1, clientConfigurations());
        assertEquals(List.of(EnvironmentConfiguration.INVALID_ENVIRONMENT_EXIT), exits, "an invalid environment exits");
    }

    @Test
    void activationReadsTheEnvironment() throws Exception {
        new EnvironmentConfiguration(framework.configAdmin(), Map.of("LWM2M_SERVER_URI", "coap://127.0.0.1")::get,
                exits::add).activate(framework.context());

        assertEquals("coap://127.0.0.1", envProperties().get(ClientConfiguration.SERVER_URI));
    }
}
