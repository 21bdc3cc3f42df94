package org.lwm2m.gateway.object.device;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The gateway's memory in kilobytes of 1000 bytes, as the Device object counts: the operating system's view
 * (/proc/meminfo) where there is one, otherwise the JVM heap. Sampled at most once per period: a server reading
 * {@code /3/0} in a tight loop would otherwise spend most of the gateway's CPU parsing /proc.
 */
final class MemoryInfo {

    /** How long one sample of the figures is served. */
    static final Duration SAMPLE_PERIOD = Duration.ofSeconds(1);

    private record Sample(long freeKilobytes, long totalKilobytes, long takenNanos) {
    }

    private final SystemFiles files;
    private final LongSupplier nanoTime;
    private volatile Sample sample;

    MemoryInfo(SystemFiles files) {
        this(files, System::nanoTime);
    }

    /** @param nanoTime the monotonic clock the sample's age is measured with */
    MemoryInfo(SystemFiles files, LongSupplier nanoTime) {
        this.files = files;
        this.nanoTime = nanoTime;
    }

    /** Memory available for new work (MemAvailable, or the heap not yet used). */
    long freeKilobytes() {
        return current().freeKilobytes();
    }

    /** All memory (MemTotal, or the heap's maximum). */
    long totalKilobytes() {
        return current().totalKilobytes();
    }

    /** The last sample while it is younger than the period; two readers at once may both sample, harmlessly. */
    private Sample current() {
        long now = nanoTime.getAsLong();
        Sample last = sample;
        if (last == null || now - last.takenNanos() >= SAMPLE_PERIOD.toNanos()) {
            last = take(now);
            sample = last;
        }
        return last;
    }

    private Sample take(long now) {
        Optional<String> meminfo = files.read("proc/meminfo");
        Runtime runtime = Runtime.getRuntime();
        long total = meminfo.flatMap(text -> kilobytes(text, "MemTotal"))
                .orElseGet(() -> runtime.maxMemory() / 1000);
        long free = meminfo.flatMap(text -> kilobytes(text, "MemAvailable")).orElseGet(() -> {
            long used = runtime.totalMemory() - runtime.freeMemory();
            return (runtime.maxMemory() - used) / 1000;
        });
        return new Sample(free, total, now);
    }

    /** A /proc/meminfo field, which the kernel gives in units of 1024 bytes despite its "kB" suffix. */
    private static Optional<Long> kilobytes(String meminfo, String key) {
        return SystemFiles.fieldOf(meminfo, key).flatMap(MemoryInfo::kibibytes).map(kib -> kib * 1024 / 1000);
    }

    private static Optional<Long> kibibytes(String value) {
        String number = value.endsWith("kB") ? value.substring(0, value.length() - 2).trim() : value;
        try {
            return Optional.of(Long.parseLong(number));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
