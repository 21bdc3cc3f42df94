package org.lwm2m.gateway.engine;

import java.util.List;

import org.lwm2m.gateway.api.client.ClientEvent;
import org.lwm2m.gateway.api.client.ClientEventListener;
import org.lwm2m.gateway.api.client.LwM2mClient;
import org.lwm2m.gateway.testing.Arrivals;

/** Records a client's events so that a test can wait for one. */
final class RdEvents implements ClientEventListener {

    /** One event, the client that reported it and the server it concerns. */
    record Received(LwM2mClient client, int shortServerId, ClientEvent event) {
    }

    private final Arrivals<Received> arrivals = new Arrivals<>("client event");

    @Override
    public void onEvent(LwM2mClient client, int shortServerId, ClientEvent event) {
        arrivals.add(new Received(client, shortServerId, event));
    }

    /** Waits for {@code expected}; returns the events that came before it. */
    List<ClientEvent> await(ClientEvent expected) throws InterruptedException {
        return events(arrivals.before(r -> r.event() == expected));
    }

    /** The next event, whatever it is. */
    Received next() throws InterruptedException {
        return arrivals.next();
    }

    /** Every event so far, in order. */
    List<ClientEvent> all() {
        return events(arrivals.all());
    }

    private static List<ClientEvent> events(List<Received> received) {
        return received.stream().map(Received::event).toList();
    }
}
