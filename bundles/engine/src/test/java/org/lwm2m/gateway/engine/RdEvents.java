package org.lwm2m.gateway.engine;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.lwm2m.gateway.api.client.ClientEvent;
import org.lwm2m.gateway.api.client.ClientEventListener;
import org.lwm2m.gateway.api.client.LwM2mClient;

/** Records a client's events so that a test can wait for one. */
final class RdEvents implements ClientEventListener {

    static final long TIMEOUT_SECONDS = 10;

    /** One event and the client that reported it. */
    record Received(LwM2mClient client, ClientEvent event) {
    }

    private final BlockingQueue<Received> queue = new LinkedBlockingQueue<>();
    private final List<ClientEvent> all = new CopyOnWriteArrayList<>();

    @Override
    public void onEvent(LwM2mClient client, ClientEvent event) {
        all.add(event);
        queue.add(new Received(client, event));
    }

    /** Waits for {@code expected}; returns the events that came before it. */
    List<ClientEvent> await(ClientEvent expected) throws InterruptedException {
        List<ClientEvent> before = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (true) {
            Received r = queue.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (r == null) {
                fail("no " + expected + " within " + TIMEOUT_SECONDS + " s; got " + before);
            }
            if (r.event() == expected) {
                return before;
            }
            before.add(r.event());
        }
    }

    /** The next event, whatever it is. */
    Received next() throws InterruptedException {
        Received r = queue.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (r == null) {
            fail("no event within " + TIMEOUT_SECONDS + " s");
        }
        return r;
    }

    /** Every event so far, in order. */
    List<ClientEvent> all() {
        return List.copyOf(all);
    }
}
