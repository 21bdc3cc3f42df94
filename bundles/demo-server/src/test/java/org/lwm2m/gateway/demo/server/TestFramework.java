package org.lwm2m.gateway.demo.server;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.util.tracker.ServiceTracker;

/** A real Felix framework running the real Configuration Admin bundle, so tests use the service as deployed. */
final class TestFramework implements AutoCloseable {

    private final Framework framework;
    private final ConfigurationAdmin configAdmin;

    private TestFramework(Framework framework, ConfigurationAdmin configAdmin) {
        this.framework = framework;
        this.configAdmin = configAdmin;
    }

    /** Starts a framework with its storage in {@code storage}; the test shares the org.osgi.service.cm classes. */
    static TestFramework start(Path storage) throws Exception {
        Framework framework = new FrameworkFactory().newFramework(Map.of(
                Constants.FRAMEWORK_STORAGE, storage.toString(),
                Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT,
                Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, "org.osgi.service.cm;version=1.6.1"));
        framework.start();
        BundleContext context = framework.getBundleContext();
        String configAdminJar = System.getProperty("configadmin.bundle");
        Bundle bundle = context.installBundle(Path.of(configAdminJar).toUri().toString());
        bundle.start();
        ServiceTracker<ConfigurationAdmin, ConfigurationAdmin> tracker = new ServiceTracker<>(context,
                ConfigurationAdmin.class, null);
        tracker.open();
        ConfigurationAdmin service = tracker.waitForService(TimeUnit.SECONDS.toMillis(10));
        if (service == null) {
            framework.stop();
            throw new IllegalStateException("Configuration Admin did not start");
        }
        return new TestFramework(framework, service);
    }

    Framework framework() {
        return framework;
    }

    BundleContext context() {
        return framework.getBundleContext();
    }

    ConfigurationAdmin configAdmin() {
        return configAdmin;
    }

    @Override
    public void close() throws Exception {
        framework.stop();
        framework.waitForStop(TimeUnit.SECONDS.toMillis(10));
    }
}
