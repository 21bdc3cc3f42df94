package org.lwm2m.gateway.object.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;

/** Restarts the bundles of a real Apache Felix framework. */
class DefaultRebootHandlerTest {

    private static final int BEGINNING_LEVEL = 3;

    @TempDir
    Path storage;

    private Framework framework;

    @BeforeEach
    void startFramework() throws Exception {
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).iterator().next();
        framework = factory.newFramework(Map.of(
                Constants.FRAMEWORK_STORAGE, storage.toString(),
                Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT,
                Constants.FRAMEWORK_BEGINNING_STARTLEVEL, Integer.toString(BEGINNING_LEVEL)));
        framework.start();
    }

    @AfterEach
    void stopFramework() throws Exception {
        framework.stop();
        framework.waitForStop(10_000);
    }

    private Bundle installBundle(String symbolicName, int startLevel) throws Exception {
        Bundle bundle = framework.getBundleContext().installBundle(symbolicName,
                new ByteArrayInputStream(bundleJar(symbolicName)));
        bundle.adapt(BundleStartLevel.class).setStartLevel(startLevel);
        bundle.start();
        return bundle;
    }

    private static byte[] bundleJar(String symbolicName) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue(Constants.BUNDLE_MANIFESTVERSION, "2");
        main.putValue(Constants.BUNDLE_SYMBOLICNAME, symbolicName);
        main.putValue(Constants.BUNDLE_VERSION, "1.0.0");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            jar.flush();
        }
        return bytes.toByteArray();
    }

    @Test
    void restartsTheBundlesAboveLevelOneAndReturnsToTheOldLevel() throws Exception {
        BundleContext system = framework.getBundleContext();
        FrameworkStartLevel startLevel = framework.adapt(FrameworkStartLevel.class);
        Bundle restarted = installBundle("test.restarted", 2);
        Bundle kept = installBundle("test.kept", 1);
        assertEquals(BEGINNING_LEVEL, startLevel.getStartLevel());
        assertEquals(Bundle.ACTIVE, restarted.getState());

        List<String> events = new CopyOnWriteArrayList<>();
        system.addBundleListener(event -> {
            if (event.getType() == BundleEvent.STOPPED || event.getType() == BundleEvent.STARTED) {
                events.add(event.getBundle().getSymbolicName() + (event.getType() == BundleEvent.STOPPED
                        ? " stopped" : " started"));
            }
        });
        CountDownLatch levelChanges = new CountDownLatch(2);
        system.addFrameworkListener(event -> {
            if (event.getType() == FrameworkEvent.STARTLEVEL_CHANGED) {
                levelChanges.countDown();
            }
        });
        ServiceRegistration<?> service = restarted.getBundleContext()
                .registerService(Runnable.class, () -> { }, null);

        new DefaultRebootHandler(restarted.getBundleContext()).reboot();

        assertTrue(levelChanges.await(30, TimeUnit.SECONDS), "the start level went down and up again");
        assertEquals(BEGINNING_LEVEL, startLevel.getStartLevel());
        assertEquals(List.of("test.restarted stopped", "test.restarted started"), events);
        assertEquals(Bundle.ACTIVE, restarted.getState());
        assertEquals(Bundle.ACTIVE, kept.getState());
        assertThrows(IllegalStateException.class, service::getReference,
                "stopping the bundle unregistered its service");
    }
}
