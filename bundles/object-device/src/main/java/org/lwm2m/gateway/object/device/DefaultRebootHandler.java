package org.lwm2m.gateway.object.device;

import java.util.concurrent.atomic.AtomicBoolean;

import org.lwm2m.gateway.api.client.RebootHandler;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in {@link RebootHandler}: restarts the framework's bundles by dropping the framework start level to
 * 1 and raising it back, so every bundle above level 1 stops, deregisters its services and starts again.
 * Updating the system bundle instead would make the bnd launcher exit the JVM.
 * <p>
 * There is no deactivate method on purpose: this bundle is itself stopped half way through the restart, and the
 * raise back to the old level must still happen, so nothing here may be cancelled by deactivation.
 */
@Component(service = RebootHandler.class,
        property = Constants.SERVICE_RANKING + ":Integer=" + RebootHandler.DEFAULT_RANKING)
public class DefaultRebootHandler implements RebootHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultRebootHandler.class);

    /** Held from activation on: this bundle's context is invalid once the restart has stopped the bundle. */
    private final FrameworkStartLevel startLevel;
    private final AtomicBoolean restarting = new AtomicBoolean();

    @Activate
    public DefaultRebootHandler(BundleContext context) {
        this.startLevel = context.getBundle(Constants.SYSTEM_BUNDLE_ID).adapt(FrameworkStartLevel.class);
    }

    @Override
    public void reboot() {
        int level = startLevel.getStartLevel();
        if (level <= 1) {
            LOG.warn("Reboot: the framework runs at start level {}, so there are no bundles to restart", level);
            return;
        }
        if (!restarting.compareAndSet(false, true)) {
            LOG.info("Reboot: a restart is already under way");
            return;
        }
        LOG.info("Reboot: restarting bundles, framework start level {} -> 1 -> {}", level, level);
        startLevel.setStartLevel(1, lowered -> raiseBack(level, lowered));
    }

    /** Runs on the framework's start-level thread once every bundle above level 1 has stopped. */
    private void raiseBack(int level, FrameworkEvent lowered) {
        if (lowered.getType() == FrameworkEvent.ERROR) {
            LOG.error("Reboot: lowering the start level reported an error", lowered.getThrowable());
        }
        try {
            startLevel.setStartLevel(level, raised -> {
                restarting.set(false);
                LOG.info("Reboot: framework back at start level {}", startLevel.getStartLevel());
            });
        } catch (IllegalStateException | IllegalArgumentException e) {
            restarting.set(false);
            LOG.error("Reboot: cannot raise the framework start level back to {}", level, e);
        }
    }
}
