package org.lwm2m.gateway.ipso.timer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.ResponseCode;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.api.object.Requester;
import org.lwm2m.gateway.api.object.WriteMode;
import org.lwm2m.gateway.testing.Conditions;
import org.lwm2m.gateway.testing.ProviderCalls;

/** The Timer object runs for real: one-shot, interval, switched off, created by a server, refused settings. */
class TimerObjectTest {

    private static final Duration BOUND = Duration.ofSeconds(10);

    private final TimerObject timers = new TimerObject();

    @AfterEach
    void stop() {
        timers.deactivate();
    }

    private Value read(int instance, int resource) {
        return ProviderCalls.read(timers, instance, resource);
    }

    private void write(int instance, int resource, Value value) {
        ProviderCalls.write(timers, instance, new SingleResource(resource, value));
    }

    private ResponseCode writeRefusal(int resource, Value value) {
        return ProviderCalls.failure(timers.write(Requester.SYSTEM, 0, List.of(new SingleResource(resource, value)),
                WriteMode.UPDATE)).code();
    }

    private void trigger(int instance) {
        ProviderCalls.execute(timers, instance, TimerObject.TRIGGER);
    }

    private static void await(String what, BooleanSupplier condition) throws Exception {
        Conditions.await(what, BOUND, condition::getAsBoolean);
    }

    private boolean is(int instance, int resource, Value value) {
        return read(instance, resource).equals(value);
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
        await("three expiries", () -> ((Value.Int) read(0, TimerObject.COUNTER)).value() >= 3);
        assertEquals(Value.of(true), read(0, TimerObject.STATE));
        write(0, TimerObject.ON_OFF, Value.of(false));
        assertEquals(Value.of(false), read(0, TimerObject.STATE));
        assertEquals(ResponseCode.METHOD_NOT_ALLOWED,
                ProviderCalls.failure(timers.execute(Requester.SYSTEM, 0, TimerObject.TRIGGER, "")).code(),
                "a timer switched off");
    }

    @Test
    void serversCreateTimersAndBadSettingsAreRefused() throws Exception {
        int id = ProviderCalls.await(timers.create(Requester.SYSTEM, null,
                List.of(new SingleResource(TimerObject.DELAY, Value.of(0.1)))));
        trigger(id);
        await("the created timer expires", () -> is(id, TimerObject.COUNTER, Value.of(1L)));

        assertEquals(ResponseCode.BAD_REQUEST, writeRefusal(TimerObject.MODE, Value.of(7L)));
        assertEquals(ResponseCode.BAD_REQUEST, writeRefusal(TimerObject.DELAY, Value.of(-1.0)));
        assertEquals(ResponseCode.BAD_REQUEST, writeRefusal(TimerObject.CUMULATIVE, Value.of(5.0)));
        assertEquals(Value.of(TimerObject.MODE_ONE_SHOT), read(0, TimerObject.MODE));
    }
}
