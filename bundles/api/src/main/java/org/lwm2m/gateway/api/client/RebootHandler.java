package org.lwm2m.gateway.api.client;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Reboots the gateway when a server executes Device Reboot (3/0/4). Register one as a service to replace the
 * default, which has the service ranking {@value #DEFAULT_RANKING} and restarts the OSGi framework's bundles.
 */
@FunctionalInterface
@ConsumerType
public interface RebootHandler {

    /** Service ranking of the built-in handler; any handler registered without a ranking (0) wins over it. */
    int DEFAULT_RANKING = -100;

    /** Starts the reboot; called after the server got its response, so it may take the engine down. */
    void reboot();
}
