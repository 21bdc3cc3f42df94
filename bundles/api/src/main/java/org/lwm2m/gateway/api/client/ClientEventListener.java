package org.lwm2m.gateway.api.client;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Receives client events. Add one with {@link LwM2mClient#addListener}, or register it as a service to hear
 * every client in the framework. Called on an engine thread: return quickly.
 */
@FunctionalInterface
@ConsumerType
public interface ClientEventListener {

    /** The server of the BOOTSTRAP_* events, and of the DISCONNECT of a client stopped while bootstrapping. */
    int BOOTSTRAP_SERVER = 0;

    /**
     * @param shortServerId the short server id of the management server whose registration the event concerns, or
     *                      {@link #BOOTSTRAP_SERVER} for the events of a bootstrap
     */
    void onEvent(LwM2mClient client, int shortServerId, ClientEvent event);
}
