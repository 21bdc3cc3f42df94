package org.lwm2m.gateway.api.client;

/**
 * Reboots the gateway when a server executes Device Reboot (3/0/4). Register one as a service with a service
 * ranking above 0 to replace the default, which restarts the OSGi framework's bundles.
 */
@FunctionalInterface
public interface RebootHandler {

    /** Starts the reboot; called after the server got its response, so it may take the engine down. */
    void reboot();
}
