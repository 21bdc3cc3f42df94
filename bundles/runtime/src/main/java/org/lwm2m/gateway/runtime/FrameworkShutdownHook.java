package org.lwm2m.gateway.runtime;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops the OSGi framework when the JVM is asked to exit (SIGTERM, Ctrl-C), so that every component deactivates
 * and the clients deregister. Neither Felix nor the bnd launcher registers such a hook.
 */
@Component(immediate = true, service = {})
public final class FrameworkShutdownHook {

    private static final Logger LOG = LoggerFactory.getLogger(FrameworkShutdownHook.class);

    /** How long the hook waits for the framework; the JVM exits when the hook returns. */
    static final long STOP_TIMEOUT_MILLIS = 30_000;

    private final Thread hook;

    @Activate
    public FrameworkShutdownHook(BundleContext context) {
        Bundle systemBundle = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION);
        this.hook = new Thread(() -> stop(systemBundle), "lwm2m-gateway-shutdown");
    }

    @Activate
    void activate() {
        try {
            Runtime.getRuntime().addShutdownHook(hook);
        } catch (IllegalStateException shutdownInProgress) {
            // the JVM began exiting before this component started (an invalid environment): nothing to hook
            LOG.debug("The JVM is exiting already: no shutdown hook");
        }
    }

    @Deactivate
    void deactivate() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shutdownInProgress) {
            // the JVM is exiting, most likely through this very hook, which is stopping the framework
        }
    }

    /** The thread the JVM runs on exit while this component is active. */
    Thread thread() {
        return hook;
    }

    static void stop(Bundle systemBundle) {
        LOG.info("JVM shutdown requested: stopping the OSGi framework");
        try {
            systemBundle.stop();
            if (systemBundle instanceof Framework framework
                    && framework.waitForStop(STOP_TIMEOUT_MILLIS).getType() == FrameworkEvent.WAIT_TIMEDOUT) {
                LOG.warn("The OSGi framework did not stop within {} ms; exiting anyway", STOP_TIMEOUT_MILLIS);
            }
        } catch (BundleException e) {
            LOG.error("Could not stop the OSGi framework", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
