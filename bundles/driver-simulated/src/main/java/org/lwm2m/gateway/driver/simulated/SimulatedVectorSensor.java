package org.lwm2m.gateway.driver.simulated;

import java.util.concurrent.ScheduledFuture;

import org.lwm2m.gateway.api.driver.BaseVectorSensor;

/** A three-axis sensor: each axis follows the waveform a third of a period after the one before. */
final class SimulatedVectorSensor extends BaseVectorSensor implements SimulatedPeripheral.Sampled {

    private final PeripheralSettings settings;
    private final WaveformSampler waveform;
    private final ScheduledFuture<?> sampling;

    SimulatedVectorSensor(PeripheralSettings settings, SimulationClock clock) {
        super(new Vector(Double.NaN, Double.NaN, Double.NaN));
        this.settings = settings;
        this.waveform = new WaveformSampler(settings);
        report(sample());
        sampling = clock.every(settings.sampling(), () -> report(sample()));
    }

    private Vector sample() {
        return new Vector(waveform.sample(0), waveform.sample(1 / 3.0), waveform.sample(2 / 3.0));
    }

    @Override
    public void stop() {
        sampling.cancel(false);
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
