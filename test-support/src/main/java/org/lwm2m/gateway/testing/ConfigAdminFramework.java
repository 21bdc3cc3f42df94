package org.lwm2m.gateway.testing;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.felix.cm.PersistenceManager;
import org.apache.felix.framework.FrameworkFactory;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.util.tracker.ServiceTracker;

/**
 * A real Apache Felix framework running the real Felix Configuration Admin bundle, fresh for each test, so that
 * tests use Configuration Admin as deployed. Register it with {@code @RegisterExtension}; it starts before the
 * test's {@code @BeforeEach} methods and stops after its {@code @AfterEach} methods. The test shares the
 * org.osgi.service.cm classes with the framework.
 */
public final class ConfigAdminFramework implements BeforeEachCallback, AfterEachCallback {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private Path storage;
    private Framework framework;
    private ServiceTracker<ConfigurationAdmin, ConfigurationAdmin> tracker;
    private ConfigurationAdmin configAdmin;

    @Override
    public void beforeEach(ExtensionContext extensionContext) throws Exception {
        storage = Files.createTempDirectory("felix-");
        framework = new FrameworkFactory().newFramework(Map.of(
                Constants.FRAMEWORK_STORAGE, storage.toString(),
                Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT,
                Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, "org.osgi.service.cm;version=1.6"));
        framework.start();
        BundleContext context = framework.getBundleContext();
        context.installBundle(configAdminJar()).start();
        tracker = new ServiceTracker<>(context, ConfigurationAdmin.class, null);
        tracker.open();
        configAdmin = tracker.waitForService(TIMEOUT.toMillis());
        if (configAdmin == null) {
            throw new IllegalStateException("Configuration Admin did not start within " + TIMEOUT.toSeconds() + " s");
        }
    }

    @Override
    public void afterEach(ExtensionContext extensionContext) throws Exception {
        try {
            if (tracker != null) {
                tracker.close();
            }
            if (framework != null) {
                framework.stop();
                framework.waitForStop(TIMEOUT.toMillis());
            }
        } finally {
            deleteStorage();
        }
    }

    public Framework framework() {
        return framework;
    }

    /** The system bundle's context. */
    public BundleContext context() {
        return framework.getBundleContext();
    }

    public ConfigurationAdmin configAdmin() {
        return configAdmin;
    }

    /** The Felix Configuration Admin jar on the test class path, found by a class of the API it exports. */
    private static String configAdminJar() throws URISyntaxException {
        return PersistenceManager.class.getProtectionDomain().getCodeSource().getLocation().toURI().toString();
    }

    private void deleteStorage() throws IOException {
        if (storage == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(storage)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
