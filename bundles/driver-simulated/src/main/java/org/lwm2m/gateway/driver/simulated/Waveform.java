package org.lwm2m.gateway.driver.simulated;

import java.util.Locale;
import java.util.Random;

/** The values of a simulated peripheral over time, between a minimum and a maximum. */
enum Waveform {
    /** The middle of the range, always. */
    CONSTANT,
    /** A sine wave over the range, one period long, starting in the middle. */
    SINE,
    /** A new random value in the range at every sample. */
    RANDOM,
    /** The minimum for half a period, then the maximum for half a period. */
    STEP;

    /**
     * The value at {@code seconds} after the start.
     *
     * @param random the source of {@link #RANDOM} values
     */
    double valueAt(double seconds, double min, double max, double period, Random random) {
        return switch (this) {
            case CONSTANT -> (min + max) / 2;
            case SINE -> (min + max) / 2 + (max - min) / 2 * Math.sin(2 * Math.PI * seconds / period);
            case RANDOM -> min + random.nextDouble() * (max - min);
            case STEP -> ((long) Math.floor(2 * seconds / period)) % 2 == 0 ? min : max;
        };
    }

    /**
     * The waveform a configuration names.
     *
     * @throws IllegalArgumentException naming the ones there are
     */
    static Waveform of(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("waveform = '" + name + "': must be constant, sine, random or step", e);
        }
    }
}
