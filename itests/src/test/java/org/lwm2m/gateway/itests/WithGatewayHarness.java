package org.lwm2m.gateway.itests;

import java.io.IOException;

import javax.inject.Inject;

import org.junit.After;
import org.junit.Before;
import org.lwm2m.gateway.testing.LeshanTestServer;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * What the gateway's integration test classes share: they run in the framework of {@link ItestOptions}, get the
 * probe's bundle context and Configuration Admin injected, and have a fresh {@link GatewayHarness} for each test.
 * A superclass, because Pax Exam looks for its {@code @Inject} fields and {@code @Configuration} method on the
 * test class and its superclasses only.
 */
public abstract class WithGatewayHarness {

    @Inject
    private BundleContext context;

    @Inject
    private ConfigurationAdmin configAdmin;

    private GatewayHarness harness;

    @Configuration
    public Option[] config() {
        return ItestOptions.all();
    }

    @Before
    public void startHarness() {
        harness = GatewayHarness.start(context, configAdmin, startServer());
    }

    /** The Leshan server of each test: one with a raw public key, unless a test class needs another. */
    protected LeshanTestServer startServer() {
        return LeshanTestServer.start();
    }

    @After
    public void closeHarness() throws IOException {
        harness.close();
    }

    /** The test probe's bundle context. */
    protected BundleContext context() {
        return context;
    }

    /** Configuration Admin, for the configurations a test makes besides its clients (peripherals, drivers). */
    protected ConfigurationAdmin configAdmin() {
        return configAdmin;
    }

    /** This test's harness: its Leshan server, client events and client configurations. */
    protected GatewayHarness harness() {
        return harness;
    }
}
