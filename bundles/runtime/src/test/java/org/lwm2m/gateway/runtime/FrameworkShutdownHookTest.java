package org.lwm2m.gateway.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

class FrameworkShutdownHookTest {

    @TempDir
    Path storage;

    @Test
    void stopStopsTheFrameworkAndWaitsForIt() throws Exception {
        try (TestFramework framework = TestFramework.start(storage)) {
            Bundle configAdminBundle = framework.context().getBundles()[1];
            assertEquals(Bundle.ACTIVE, configAdminBundle.getState());

            FrameworkShutdownHook.stop(framework.framework());

            assertEquals(Bundle.RESOLVED, framework.framework().getState());
            assertEquals(Bundle.RESOLVED, configAdminBundle.getState());
        }
    }

    @Test
    void theHookIsRegisteredWhileActiveAndRemovedOnDeactivation() throws Exception {
        try (TestFramework framework = TestFramework.start(storage)) {
            FrameworkShutdownHook component = new FrameworkShutdownHook(framework.context());
            Thread hook = component.thread();

            component.activate();
            assertTrue(Runtime.getRuntime().removeShutdownHook(hook), "activation registers the hook");
            Runtime.getRuntime().addShutdownHook(hook);

            component.deactivate();
            assertFalse(Runtime.getRuntime().removeShutdownHook(hook), "deactivation removes the hook");
            assertEquals(Bundle.ACTIVE, framework.framework().getState(), "deactivation stops nothing");
        }
    }
}
