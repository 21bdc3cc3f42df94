package org.lwm2m.gateway.driver.simulated;

import java.time.Duration;

/**
 * A simulated peripheral's configuration, checked.
 *
 * @param period one cycle of the waveform
 */
record PeripheralSettings(Kind kind, String unit, double min, double max, Waveform waveform, Duration period) {

    /**
     * Checks a configuration: a known kind and waveform, numbers for the range with the minimum not above the
     * maximum, a positive period.
     *
     * @throws IllegalArgumentException naming the setting, its value and what is allowed
     */
    static PeripheralSettings of(SimulatedPeripheralConfig config) {
        Kind kind = Kind.of(config.kind());
        double min = number("min", config.min(), kind.min);
        double max = number("max", config.max(), kind.max);
        if (min > max) {
            throw new IllegalArgumentException("min = " + min + " is above max = " + max);
        }
        double period = config.period();
        if (!(period >= 0.1) || Double.isInfinite(period)) {
            throw new IllegalArgumentException("period = " + period + ": must be 0.1 seconds or more");
        }
        String unit = config.unit() == null || config.unit().isBlank() ? kind.unit : config.unit().trim();
        return new PeripheralSettings(kind, unit, min, max, Waveform.of(config.waveform()),
                Duration.ofNanos(Math.round(period * 1e9)));
    }

    /** How often the value is sampled: twenty times a period, at most ten times and at least once a second. */
    Duration sampling() {
        long nanos = period.toNanos() / 20;
        return Duration.ofNanos(Math.max(Duration.ofMillis(100).toNanos(), Math.min(nanos,
                Duration.ofSeconds(1).toNanos())));
    }

    private static double number(String name, String text, double fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        double value;
        try {
            value = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " = '" + text + "': not a number", e);
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " = '" + text + "': not a finite number");
        }
        return value;
    }
}
