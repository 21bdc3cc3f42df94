package org.lwm2m.gateway.webconsole;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.lwm2m.gateway.api.client.ClientEvent;
import org.lwm2m.gateway.api.client.ClientEventListener;
import org.lwm2m.gateway.api.client.LwM2mClient;
import org.osgi.service.component.annotations.Component;

/**
 * The last {@value #CAPACITY} events of every client, newest last, for the console page: a whiteboard listener, so
 * it hears every client in the framework from the moment the console starts.
 */
@Component(service = {ClientEventListener.class, EventLog.class})
public final class EventLog implements ClientEventListener {

    static final int CAPACITY = 100;

    /** One event as the page shows it. */
    public record Entry(Instant time, int shortServerId, ClientEvent event) {
    }

    private final Map<String, Deque<Entry>> byEndpoint = new ConcurrentHashMap<>();

    @Override
    public void onEvent(LwM2mClient client, int shortServerId, ClientEvent event) {
        Deque<Entry> entries = byEndpoint.computeIfAbsent(client.endpoint(), e -> new ArrayDeque<>());
        synchronized (entries) {
            entries.addLast(new Entry(Instant.now(), shortServerId, event));
            if (entries.size() > CAPACITY) {
                entries.removeFirst();
            }
        }
    }

    /** The events of the client with this endpoint name, oldest first. */
    List<Entry> of(String endpoint) {
        Deque<Entry> entries = byEndpoint.get(endpoint);
        if (entries == null) {
            return List.of();
        }
        synchronized (entries) {
            return List.copyOf(entries);
        }
    }
}
