package org.lwm2m.gateway.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lwm2m.gateway.testing.ConfigAdminFramework;
import org.osgi.framework.Bundle;

class FrameworkShutdownHookTest {

    @RegisterExtension
    final ConfigAdminFramework framework = new ConfigAdminFramework();

    @Test
    void stopStopsTheFrameworkAndWaitsForIt() throws Exception {
        Bundle configAdminBundle = framework.context().getBundles()[1];
        assertEquals(Bundle.ACTIVE, configAdminBundle.getState());

        FrameworkShutdownHook.stop(framework.framework());

        assertEquals(Bundle.RESOLVED, framework.framework().getState());
        assertEquals(Bundle.RESOLVED, configAdminBundle.getState());
    }

    @Test
    void theHookIsRegisteredWhileActiveAndRemovedOnDeactivation() throws Exception {
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
