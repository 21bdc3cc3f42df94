package org.lwm2m.gateway.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Things that arrive on other threads (registrations, updates, client events), in arrival order, for a test to
 * take one by one. Taking waits on a condition with a deadline, never a sleep.
 */
public final class Arrivals<T> {

    /** How long a test waits for something that should arrive. */
    public static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final String what;
    private final List<T> arrived = new ArrayList<>();
    private int taken;

    /** @param what what arrives, for failure messages ("registration") */
    public Arrivals(String what) {
        this.what = what;
    }

    public synchronized void add(T item) {
        arrived.add(item);
        notifyAll();
    }

    /**
     * Takes the next item.
     *
     * @throws AssertionError if none arrives within {@link #TIMEOUT}
     */
    public T next() throws InterruptedException {
        return next(item -> true);
    }

    /**
     * Takes items up to and including the next one that matches {@code wanted}, and returns that one.
     *
     * @throws AssertionError if none arrives within {@link #TIMEOUT}; the message lists what did
     */
    public synchronized T next(Predicate<? super T> wanted) throws InterruptedException {
        return arrived.get(takeThrough(wanted));
    }

    /**
     * Takes items up to and including the next one that matches {@code wanted}, and returns the items that came
     * before it.
     *
     * @throws AssertionError if none arrives within {@link #TIMEOUT}; the message lists what did
     */
    public synchronized List<T> before(Predicate<? super T> wanted) throws InterruptedException {
        int from = taken;
        int match = takeThrough(wanted);
        return List.copyOf(arrived.subList(from, match));
    }

    /**
     * Takes items up to and including the next one that matches {@code wanted}, waiting at most {@code timeout},
     * and returns that one; empty if none arrives in time, and then nothing is taken.
     */
    public synchronized Optional<T> poll(Predicate<? super T> wanted, Duration timeout) throws InterruptedException {
        int match = awaitMatch(wanted, timeout);
        if (match < 0) {
            return Optional.empty();
        }
        taken = match + 1;
        return Optional.of(arrived.get(match));
    }

    /** Everything that arrived so far, taken or not, in order. */
    public synchronized List<T> all() {
        return List.copyOf(arrived);
    }

    /** Whether nothing arrived so far. */
    public synchronized boolean isEmpty() {
        return arrived.isEmpty();
    }

    private int takeThrough(Predicate<? super T> wanted) throws InterruptedException {
        int match = awaitMatch(wanted, TIMEOUT);
        if (match < 0) {
            throw new AssertionError("no matching " + what + " within " + TIMEOUT.toSeconds() + " s; arrived: "
                    + arrived.subList(taken, arrived.size()));
        }
        taken = match + 1;
        return match;
    }

    /** The index of the first untaken item that matches, waiting for it up to {@code timeout}; -1 if none came. */
    private int awaitMatch(Predicate<? super T> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int checked = taken;
        while (true) {
            for (; checked < arrived.size(); checked++) {
                if (wanted.test(arrived.get(checked))) {
                    return checked;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return -1;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }
}
