package org.lwm2m.gateway.driver.simulated;

import java.util.concurrent.ScheduledFuture;

import org.lwm2m.gateway.api.driver.BaseSensor;

/** A sensor whose value follows its configured waveform, sampled on the simulation clock until stopped. */
final class SimulatedSensor extends BaseSensor implements SimulatedPeripheral.Sampled {

    private final PeripheralSettings settings;
    private final WaveformSampler waveform;
    private final ScheduledFuture<?> sampling;

    SimulatedSensor(PeripheralSettings settings, SimulationClock clock) {
        super(Double.NaN);
        this.settings = settings;
        this.waveform = new WaveformSampler(settings);
        report(waveform.sample(0));
        sampling = clock.every(settings.sampling(), () -> report(waveform.sample(0)));
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
