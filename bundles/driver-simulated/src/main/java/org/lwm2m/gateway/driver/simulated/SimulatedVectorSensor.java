package org.lwm2m.gateway.driver.simulated;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;

import org.lwm2m.gateway.api.driver.VectorSensor;
import org.lwm2m.gateway.api.driver.VectorSensorListener;

/** A three-axis sensor: each axis follows the waveform a third of a period after the one before. */
final class SimulatedVectorSensor implements VectorSensor, SimulatedPeripheral.Sampled {

    private final List<VectorSensorListener> listeners = new CopyOnWriteArrayList<>();
    private final PeripheralSettings settings;
    private final WaveformSampler waveform;
    private final ScheduledFuture<?> sampling;
    private volatile Vector value;

    SimulatedVectorSensor(PeripheralSettings settings, SimulationClock clock) {
        this.settings = settings;
        this.waveform = new WaveformSampler(settings);
        value = sample();
        sampling = clock.every(settings.sampling(), this::report);
    }

    private Vector sample() {
        return new Vector(waveform.sample(0), waveform.sample(1 / 3.0), waveform.sample(2 / 3.0));
    }

    private void report() {
        Vector sampled = sample();
        if (!sampled.equals(value)) {
            value = sampled;
            listeners.forEach(l -> l.valueChanged(this, sampled));
        }
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

    @Override
    public Vector value() {
        return value;
    }

    @Override
    public void addListener(VectorSensorListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(VectorSensorListener listener) {
        listeners.remove(listener);
    }
}
