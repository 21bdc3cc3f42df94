package org.lwm2m.gateway.driver.linux;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A reading of host files served for a while: a server reading {@code /3/0} or {@code /4/0} in a tight loop would
 * otherwise spend most of the gateway's CPU parsing procfs. Two readers at once may both sample, harmlessly.
 *
 * @param <T> what one sample holds
 */
final class Sampled<T> {

    private record Sample<T>(T value, long takenNanos) {
    }

    private final Duration period;
    private final LongSupplier nanoTime;
    private final Supplier<T> take;
    private volatile Sample<T> last;

    /**
     * @param period   how long one sample is served
     * @param nanoTime the monotonic clock a sample's age is measured with
     * @param take     takes a new sample
     */
    Sampled(Duration period, LongSupplier nanoTime, Supplier<T> take) {
        this.period = period;
        this.nanoTime = nanoTime;
        this.take = take;
    }

    /** The last sample while it is younger than the period, else a new one. */
    T get() {
        long now = nanoTime.getAsLong();
        Sample<T> sample = last;
        if (sample == null || now - sample.takenNanos() >= period.toNanos()) {
            sample = new Sample<>(take.get(), now);
            last = sample;
        }
        return sample.value();
    }
}
