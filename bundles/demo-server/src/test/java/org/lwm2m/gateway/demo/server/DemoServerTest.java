package org.lwm2m.gateway.demo.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lwm2m.gateway.api.client.ClientConfiguration;
import org.lwm2m.gateway.testing.ConfigAdminFramework;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.cm.ConfigurationListener;

class DemoServerTest {

    private static final long TIMEOUT_SECONDS = 20;

    @RegisterExtension
    final ConfigAdminFramework framework = new ConfigAdminFramework();

    private final BlockingQueue<DeviceSummary> summaries = new LinkedBlockingQueue<>();
    private DemoServer demo;
    private ServiceRegistration<ConfigurationListener> registration;

    @AfterEach
    void deactivateTheDemoServer() {
        if (demo != null) {
            registration.unregister();
            demo.deactivate();
        }
    }

    /** Activates a demo server the way SCR does: registered as a listener, then activated. */
    private DemoServer activate(Map<String, String> environment, int preferredPort) {
        demo = new DemoServer(framework.configAdmin(), environment::get, preferredPort, summaries::add);
        registration = framework.context().registerService(ConfigurationListener.class, demo, null);
        demo.activate();
        return demo;
    }

    private Dictionary<String, Object> demoConfiguration() throws Exception {
        Configuration[] found = framework.configAdmin().listConfigurations("(service.pid=" + DemoServer.PID + ")");
        return found == null ? null : found[0].getProperties();
    }

    private Configuration createClientConfiguration(String name) throws Exception {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(ClientConfiguration.ENDPOINT, "real-gateway");
        properties.put(ClientConfiguration.SERVER_URI, "coap://192.0.2.1");
        Configuration configuration = framework.configAdmin()
                .getFactoryConfiguration(ClientConfiguration.FACTORY_PID, name, "?");
        configuration.update(properties);
        return configuration;
    }

    /** A latch that opens when Configuration Admin reports an event on the demo configuration. */
    private CountDownLatch onDemoConfiguration(int type) {
        CountDownLatch latch = new CountDownLatch(1);
        Predicate<ConfigurationEvent> wanted = event -> event.getType() == type
                && DemoServer.PID.equals(event.getPid());
        framework.context().registerService(ConfigurationListener.class, event -> {
            if (wanted.test(event)) {
                latch.countDown();
            }
        }, null);
        return latch;
    }

    private static boolean canBind(int port) {
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))) {
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Test
    void withoutServerTheGatewayRegistersToTheDemoServerAndTheServerReadsItsDevice() throws Exception {
        activate(Map.of(), 0);

        URI uri = demo.serverUri().orElseThrow();
        assertEquals("coap", uri.getScheme());
        assertEquals("127.0.0.1", uri.getHost());
        Dictionary<String, Object> properties = demoConfiguration();
        assertNotNull(properties, "the demo client configuration exists");
        assertEquals(ClientConfiguration.FACTORY_PID, properties.get("service.factoryPid"));
        assertEquals("lwm2m-gateway-demo", properties.get(ClientConfiguration.ENDPOINT));
        assertEquals(uri.toString(), properties.get(ClientConfiguration.SERVER_URI));
        assertEquals(60L, properties.get(ClientConfiguration.LIFETIME));

        try (LeshanTestClient gateway = new LeshanTestClient("lwm2m-gateway-demo", uri.toString(), 60)) {
            DeviceSummary summary = summaries.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            assertNotNull(summary, "the demo server read /3/0 after the registration");
            assertEquals("lwm2m-gateway-demo", summary.endpoint());
            assertEquals(LeshanTestClient.MANUFACTURER, summary.manufacturer().orElseThrow());
            assertEquals(LeshanTestClient.MODEL, summary.model().orElseThrow());
        }
    }

    @Test
    void deactivationDestroysTheServerAndDeletesTheDemoConfiguration() throws Exception {
        activate(Map.of(), 0);
        int port = demo.serverUri().orElseThrow().getPort();
        assertTrue(!canBind(port), "the demo server holds its port");

        registration.unregister();
        demo.deactivate();
        demo = null;

        assertTrue(canBind(port), "the port is free again");
        assertNull(demoConfiguration());
    }

    @Test
    void serverVariablesKeepDemoModeOff() throws Exception {
        for (String variable : DemoServer.SERVER_VARIABLES) {
            activate(Map.of(variable, "coap://192.0.2.1"), 0);

            assertTrue(demo.serverUri().isEmpty(), variable);
            assertNull(demoConfiguration(), variable);

            registration.unregister();
            demo.deactivate();
            demo = null;
        }
    }

    @Test
    void anExistingClientConfigurationKeepsDemoModeOffAndRemovesAStaleDemoConfiguration() throws Exception {
        createClientConfiguration("hand");
        framework.configAdmin().getFactoryConfiguration(ClientConfiguration.FACTORY_PID, DemoServer.NAME, "?")
                .update(DemoServer.clientProperties("coap://127.0.0.1:1"));

        activate(Map.of(), 0);

        assertTrue(demo.serverUri().isEmpty());
        assertNull(demoConfiguration(), "a demo configuration left by a crashed run is deleted");
    }

    @Test
    void aRealConfigurationEndsDemoModeAndItsRemovalBringsDemoModeBack() throws Exception {
        activate(Map.of(), 0);
        int port = demo.serverUri().orElseThrow().getPort();

        CountDownLatch demoDeleted = onDemoConfiguration(ConfigurationEvent.CM_DELETED);
        Configuration real = createClientConfiguration("hand");
        assertTrue(demoDeleted.await(TIMEOUT_SECONDS, TimeUnit.SECONDS), "the demo configuration is deleted");
        assertTrue(demo.serverUri().isEmpty(), "the demo server stopped");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (!canBind(port) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertTrue(canBind(port), "the demo server released its port, once no client was left on it");

        CountDownLatch demoCreated = onDemoConfiguration(ConfigurationEvent.CM_UPDATED);
        real.delete();
        assertTrue(demoCreated.await(TIMEOUT_SECONDS, TimeUnit.SECONDS), "the demo configuration is back");
        assertTrue(demo.serverUri().isPresent());
    }

    @Test
    void thePreferredPortIsUsedWhenFree() throws Exception {
        int free;
        try (DatagramSocket probe = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            free = probe.getLocalPort();
        }

        activate(Map.of(), free);

        assertEquals(free, demo.serverUri().orElseThrow().getPort());
    }

    @Test
    void aPreferredPortInUseFallsBackToAFreeOne() throws Exception {
        try (DatagramSocket taken = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            activate(Map.of(), taken.getLocalPort());

            int port = demo.serverUri().orElseThrow().getPort();
            assertNotEquals(taken.getLocalPort(), port);
            assertTrue(port > 0);
        }
    }
}
