package org.lwm2m.gateway.driver.simulated;

import java.util.Random;

/** Samples a peripheral's waveform since it was added, to two decimals as a real probe would round it. */
final class WaveformSampler {

    private final Random random = new Random();
    private final PeripheralSettings settings;
    private final long start = System.nanoTime();

    WaveformSampler(PeripheralSettings settings) {
        this.settings = settings;
    }

    /** The waveform now, {@code phase} periods later (0 for the waveform itself, 1/3 for the next axis). */
    double sample(double phase) {
        double period = settings.period().toNanos() / 1e9;
        double seconds = (System.nanoTime() - start) / 1e9 + phase * period;
        double raw = settings.waveform().valueAt(seconds, settings.min(), settings.max(), period, random);
        return Math.round(raw * 100) / 100.0;
    }
}
