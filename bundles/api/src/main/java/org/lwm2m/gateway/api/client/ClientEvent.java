package org.lwm2m.gateway.api.client;

/**
 * What happened to a client's registration: the RD client events of Zephyr's LwM2M library. A client that stops
 * (its configuration deleted, its bundle stopped) always ends with {@link #DISCONNECT}, after DEREGISTER or
 * DEREGISTER_FAILURE when it was registered.
 */
public enum ClientEvent {
    BOOTSTRAP_REG_FAILURE,
    BOOTSTRAP_REG_COMPLETE,
    BOOTSTRAP_TRANSFER_COMPLETE,
    REGISTRATION_FAILURE,
    REGISTRATION_COMPLETE,
    REG_TIMEOUT,
    REG_UPDATE_COMPLETE,
    DEREGISTER_FAILURE,
    DISCONNECT,
    QUEUE_MODE_RX_OFF,
    ENGINE_SUSPENDED,
    NETWORK_ERROR,
    REG_UPDATE,
    DEREGISTER,
    SERVER_DISABLED
}
