package org.lwm2m.gateway.ipso.fillinglevel;

import java.time.Instant;
import java.time.InstantSource;
import java.util.function.IntConsumer;

import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.node.ResourceNode;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.api.object.ValueInstance;
import org.lwm2m.gateway.api.object.WriteMode;
import org.lwm2m.gateway.api.driver.Sensor;
import org.lwm2m.gateway.api.driver.SensorListener;

/**
 * One container: how full it is (2), whether it is full or empty by the thresholds a server may write (4 and 6,
 * 80 % and 20 % until then), its level in cm once a server writes its height (1, 0 until then: not known; 3), and
 * from the rises seen since
 * the last reset (9) the average filling speed in percent per day (8) and when it will be full at that speed (10;
 * absent while nothing has been filled).
 */
final class ContainerInstance extends ValueInstance implements SensorListener {

    static final int HEIGHT = 1;
    static final int PERCENTAGE = 2;
    static final int LEVEL = 3;
    static final int HIGH_THRESHOLD = 4;
    static final int FULL = 5;
    static final int LOW_THRESHOLD = 6;
    static final int EMPTY = 7;
    static final int FILLING_SPEED = 8;
    static final int FILLING_SPEED_RESET = 9;
    static final int FORECAST_FULL = 10;
    static final int TIMESTAMP = 5518;

    private static final double DEFAULT_HIGH = 80;
    private static final double DEFAULT_LOW = 20;
    private static final long UNKNOWN_HEIGHT = 0;
    private static final double SECONDS_PER_DAY = 86_400;

    private final InstantSource clock;
    private double percentage;
    /** Since when the filling speed is reckoned. */
    private Instant since;
    /** The sum of the rises seen since then, in percent. */
    private double filled;

    ContainerInstance(ObjectModel model, int id, InstantSource clock, double percentage, IntConsumer onChange) {
        super(model, id, onChange);
        this.clock = clock;
        this.percentage = percentage;
        this.since = clock.instant();
        set(HIGH_THRESHOLD, Value.of(DEFAULT_HIGH));
        set(LOW_THRESHOLD, Value.of(DEFAULT_LOW));
        set(HEIGHT, Value.of(UNKNOWN_HEIGHT));
        onWrite(HIGH_THRESHOLD, ContainerInstance::checkPercent);
        onWrite(LOW_THRESHOLD, ContainerInstance::checkPercent);
        onWrite(HEIGHT, ContainerInstance::checkHeight);
        onExecute(FILLING_SPEED_RESET, arguments -> resetSpeed());
        show();
    }

    private static void checkPercent(ResourceNode node) throws LwM2mException {
        if (!(node instanceof SingleResource single && single.value() instanceof Value.Float threshold
                && threshold.value() >= 0 && threshold.value() <= 100)) {
            throw LwM2mException.badRequest("a threshold is a percentage from 0 to 100");
        }
    }

    private static void checkHeight(ResourceNode node) throws LwM2mException {
        if (!(node instanceof SingleResource single && single.value() instanceof Value.Int cm && cm.value() > 0)) {
            throw LwM2mException.badRequest("the container height is a whole number of cm above 0");
        }
    }

    @Override
    public synchronized void valueChanged(Sensor sensor, double value) {
        if (value > percentage) {
            filled += value - percentage;
        }
        percentage = value;
        show();
    }

    /** A new threshold or height changes what the instance shows from it. */
    @Override
    public synchronized void write(ResourceNode resource, WriteMode mode) {
        super.write(resource, mode);
        show();
    }

    @Override
    public synchronized void reset(int resourceId) {
        super.reset(resourceId);
        if (resourceId == HIGH_THRESHOLD) {
            set(HIGH_THRESHOLD, Value.of(DEFAULT_HIGH));
        } else if (resourceId == LOW_THRESHOLD) {
            set(LOW_THRESHOLD, Value.of(DEFAULT_LOW));
        } else if (resourceId == HEIGHT) {
            set(HEIGHT, Value.of(UNKNOWN_HEIGHT));
        }
        show();
    }

    private synchronized void resetSpeed() {
        since = clock.instant();
        filled = 0;
        show();
    }

    private void show() {
        Instant now = clock.instant();
        double high = number(HIGH_THRESHOLD);
        set(TIMESTAMP, Value.time(now.getEpochSecond()));
        set(FULL, Value.of(percentage > high));
        set(EMPTY, Value.of(percentage < number(LOW_THRESHOLD)));
        if (get(HEIGHT) instanceof SingleResource h && h.value() instanceof Value.Int cm && cm.value() != UNKNOWN_HEIGHT) {
            set(LEVEL, Value.of(Math.round(cm.value() * percentage / 100)));
        } else {
            super.reset(LEVEL);
        }
        double days = Math.max(0, now.toEpochMilli() - since.toEpochMilli()) / 1000.0 / SECONDS_PER_DAY;
        double speed = days > 0 ? filled / days : 0;
        set(FILLING_SPEED, Value.of(speed));
        if (speed > 0 && percentage < high) {
            long seconds = Math.round((high - percentage) / speed * SECONDS_PER_DAY);
            set(FORECAST_FULL, Value.time(now.getEpochSecond() + seconds));
        } else {
            super.reset(FORECAST_FULL);
        }
        set(PERCENTAGE, Value.of(percentage));
    }

    private double number(int resourceId) {
        return get(resourceId) instanceof SingleResource s && s.value() instanceof Value.Float f ? f.value() : 0;
    }
}
