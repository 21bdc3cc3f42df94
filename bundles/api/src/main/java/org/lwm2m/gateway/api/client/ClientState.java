package org.lwm2m.gateway.api.client;

/** Where a client's registration stands. */
public enum ClientState {
    /** Waiting for its Security and Server instances or for a retry. */
    IDLE,
    REGISTERING,
    REGISTERED,
    UPDATING,
    DEREGISTERING,
    STOPPED
}
