package org.lwm2m.gateway.itests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Things that happened, in arrival order (the client events of a test), for a test to wait for. Unlike
 * test-support's {@code Arrivals}, which hands each item out once, a wait here looks at what came after a mark the
 * caller took and takes nothing: a wait for what follows an action ignores what came before it, whatever other
 * waits saw. Filled by listener threads; waiting is on a condition with a deadline, never a sleep.
 */
public final class EventLog<T> {

    private final String name;
    private final List<T> events = new ArrayList<>();

    public EventLog(String name) {
        this.name = name;
    }

    public synchronized void add(T event) {
        events.add(event);
        notifyAll();
    }

    /** How many events were recorded so far; pass it to {@link #awaitAfter} to wait for a later one only. */
    public synchronized int mark() {
        return events.size();
    }

    /** The first event matching {@code condition}, waiting up to {@code timeout} for it. */
    public T await(Predicate<? super T> condition, Duration timeout) throws InterruptedException {
        return awaitAfter(0, condition, timeout);
    }

    /**
     * The first event recorded at or after {@code mark} that matches {@code condition}, waiting up to
     * {@code timeout} for it.
     *
     * @throws AssertionError if none arrives in time; the message lists what did arrive
     */
    public synchronized T awaitAfter(int mark, Predicate<? super T> condition, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int checked = mark;
        while (true) {
            for (; checked < events.size(); checked++) {
                T event = events.get(checked);
                if (condition.test(event)) {
                    return event;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no matching " + name + " within " + timeout.toSeconds() + " s; recorded: "
                        + events.subList(Math.min(mark, events.size()), events.size()));
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    /** Whether any event recorded at or after {@code mark} matches {@code condition}, without waiting. */
    public synchronized boolean anyAfter(int mark, Predicate<? super T> condition) {
        return events.subList(Math.min(mark, events.size()), events.size()).stream().anyMatch(condition);
    }
}
