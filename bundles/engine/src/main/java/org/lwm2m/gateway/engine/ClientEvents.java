package org.lwm2m.gateway.engine;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.lwm2m.gateway.api.client.ClientEvent;
import org.lwm2m.gateway.api.client.ClientEventListener;
import org.lwm2m.gateway.api.client.LwM2mClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Delivers one client's events to the listeners added to it and to the whiteboard listener services. */
final class ClientEvents {

    private static final Logger LOG = LoggerFactory.getLogger(ClientEvents.class);

    private final LwM2mClient client;
    private final Iterable<ClientEventListener> whiteboard;
    private final List<ClientEventListener> own = new CopyOnWriteArrayList<>();

    ClientEvents(LwM2mClient client, Iterable<ClientEventListener> whiteboard) {
        this.client = client;
        this.whiteboard = whiteboard;
    }

    void add(ClientEventListener listener) {
        own.add(listener);
    }

    void remove(ClientEventListener listener) {
        own.remove(listener);
    }

    /** Tells every listener that {@code event} happened to the registration with server {@code shortServerId}. */
    void fire(int shortServerId, ClientEvent event) {
        LOG.debug("{} (server {}): {}", client.endpoint(), shortServerId, event);
        own.forEach(l -> deliver(l, shortServerId, event));
        whiteboard.forEach(l -> deliver(l, shortServerId, event));
    }

    private void deliver(ClientEventListener listener, int shortServerId, ClientEvent event) {
        try {
            listener.onEvent(client, shortServerId, event);
        } catch (RuntimeException e) {
            LOG.warn("Client event listener {} failed on {}", listener, event, e);
        }
    }
}
