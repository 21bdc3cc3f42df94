package org.lwm2m.gateway.ipso.powermeasurement;

import java.time.Instant;
import java.time.InstantSource;

import org.lwm2m.gateway.api.driver.Sensor;
import org.lwm2m.gateway.api.driver.SensorListener;

/**
 * The energy a power sensor's readings add up to, in Wh. A driver reports a value when it changes, so each power
 * holds until the next reading: the energy is the sum of each power times how long it held, up to now, and it never
 * goes down while the power is positive.
 */
final class EnergyMeter implements SensorListener {

    private static final double MILLIS_PER_HOUR = 3_600_000.0;

    private final InstantSource clock;
    private double power;
    private Instant since;
    /** The energy up to {@link #since}. */
    private double energy;

    /** @param power the power when counting starts, in W */
    EnergyMeter(InstantSource clock, double power) {
        this.clock = clock;
        this.power = power;
        this.since = clock.instant();
    }

    @Override
    public synchronized void valueChanged(Sensor sensor, double value) {
        Instant now = clock.instant();
        energy = energyAt(now);
        power = value;
        since = now;
    }

    /** The energy from the start or the last reset until now. */
    synchronized double energy() {
        return energyAt(clock.instant());
    }

    /** Starts counting again from zero. */
    synchronized void reset() {
        energy = 0;
        since = clock.instant();
    }

    private double energyAt(Instant now) {
        return energy + power * Math.max(0, now.toEpochMilli() - since.toEpochMilli()) / MILLIS_PER_HOUR;
    }
}
