package org.lwm2m.gateway.ipso.timer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.ResponseCode;
import org.lwm2m.gateway.api.node.ResourceNode;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.api.object.Requester;
import org.lwm2m.gateway.api.object.WriteMode;

/** The Timer object runs for real: one-shot, interval, switched off, created by a server, refused settings. */
class TimerObjectTest {

    private static final Requester SERVER = Requester.server(1);
    private static final Duration BOUND = Duration.ofSeconds(10);

    private final TimerObject timers = new TimerObject();

    @AfterEach
    void stop() {
        timers.deactivate();
    }

    private Value read(int instance, int resource) throws Exception {
        return ((SingleResource) timers.read(SERVER, instance, resource).toCompletableFuture()
                .get(1, TimeUnit.SECONDS)).value();
    }

    private void write(int instance, int resource, Value value) throws Exception {
        List<ResourceNode> nodes = List.of(new SingleResource(resource, value));
        timers.write(SERVER, instance, nodes, WriteMode.UPDATE).toCompletableFuture().get(1, TimeUnit.SECONDS);
    }

    private ResponseCode refusal(ThrowingRunnable action) {
        try {
            action.run();
            return ResponseCode.CHANGED;
        } catch (ExecutionException e) {
            return ((LwM2mException) e.getCause()).code();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    private void trigger(int instance) throws Exception {
        timers.execute(SERVER, instance, TimerObject.TRIGGER, "").toCompletableFuture().get(1, TimeUnit.SECONDS);
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant end = Instant.now().plus(BOUND);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError(what + " within " + BOUND);
            }
            Thread.sleep(20);
        }
    }

    private boolean is(int instance, int resource, Value value) {
        return readQuietly(instance, resource).equals(value);
    }

    @Test
    void aOneShotTimerIsOnForItsDelayThenCountsOneExpiry() throws Exception {
        write(0, TimerObject.DELAY, Value.of(0.3));
        trigger(0);
        assertEquals(Value.of(true), read(0, TimerObject.STATE));
        assertTrue(((Value.Float) read(0, TimerObject.REMAINING)).value() > 0);
        await("the one-shot timer expires", () -> is(0, TimerObject.STATE, Value.of(false)));
        assertEquals(Value.of(1L), read(0, TimerObject.COUNTER));
        assertEquals(Value.of(0.0), read(0, TimerObject.REMAINING));
        assertTrue(((Value.Float) read(0, TimerObject.CUMULATIVE)).value() >= 0.3);
    }

    @Test
    void anIntervalTimerRepeatsUntilSwitchedOff() throws Exception {
        write(0, TimerObject.DELAY, Value.of(0.1));
        write(0, TimerObject.MODE, Value.of(TimerObject.MODE_INTERVAL));
        trigger(0);
        await("three expiries", () -> ((Value.Int) readQuietly(0, TimerObject.COUNTER)).value() >= 3);
        assertEquals(Value.of(true), read(0, TimerObject.STATE));
        write(0, TimerObject.ON_OFF, Value.of(false));
        assertEquals(Value.of(false), read(0, TimerObject.STATE));
        assertEquals(ResponseCode.METHOD_NOT_ALLOWED, refusal(() -> trigger(0)), "a timer switched off");
    }

    @Test
    void serversCreateTimersAndBadSettingsAreRefused() throws Exception {
        int id = timers.create(SERVER, null, List.of(new SingleResource(TimerObject.DELAY, Value.of(0.1))))
                .toCompletableFuture().get(1, TimeUnit.SECONDS);
        trigger(id);
        await("the created timer expires", () -> is(id, TimerObject.COUNTER, Value.of(1L)));

        assertEquals(ResponseCode.BAD_REQUEST, refusal(() -> write(0, TimerObject.MODE, Value.of(7L))));
        assertEquals(ResponseCode.BAD_REQUEST, refusal(() -> write(0, TimerObject.DELAY, Value.of(-1.0))));
        assertEquals(ResponseCode.BAD_REQUEST, refusal(() -> write(0, TimerObject.CUMULATIVE, Value.of(5.0))));
        assertEquals(Value.of(TimerObject.MODE_ONE_SHOT), read(0, TimerObject.MODE));
    }

    private Value readQuietly(int instance, int resource) {
        try {
            return read(instance, resource);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
