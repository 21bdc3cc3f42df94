package org.lwm2m.gateway.driver.simulated;

import java.util.Random;
import java.util.concurrent.ScheduledFuture;

import org.lwm2m.gateway.api.driver.BaseSensor;

/** A sensor whose value follows its configured waveform, sampled on the simulation clock until stopped. */
final class SimulatedSensor extends BaseSensor {

    private final Random random = new Random();
    private final PeripheralSettings settings;
    private final long start = System.nanoTime();
    private final ScheduledFuture<?> sampling;

    SimulatedSensor(PeripheralSettings settings, SimulationClock clock) {
        super(Double.NaN);
        this.settings = settings;
        report(sample());
        sampling = clock.every(settings.sampling(), () -> report(sample()));
    }

    void stop() {
        sampling.cancel(false);
    }

    /** The waveform now, to two decimals as a real probe would round it. */
    private double sample() {
        double seconds = (System.nanoTime() - start) / 1e9;
        double raw = settings.waveform().valueAt(seconds, settings.min(), settings.max(),
                settings.period().toNanos() / 1e9, random);
        return Math.round(raw * 100) / 100.0;
    }

    @Override
    public String unit() {
        return settings.unit();
    }

    @Override
    public double minRange() {
        return settings.min();
    }

    @Override
    public double maxRange() {
        return settings.max();
    }
}
