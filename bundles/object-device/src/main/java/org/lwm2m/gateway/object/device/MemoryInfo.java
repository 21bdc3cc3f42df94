package org.lwm2m.gateway.object.device;

import java.util.Optional;

/**
 * The gateway's memory in kilobytes of 1000 bytes, as the Device object counts: the operating system's view
 * (/proc/meminfo) where there is one, otherwise the JVM heap.
 */
final class MemoryInfo {

    private final SystemFiles files;

    MemoryInfo(SystemFiles files) {
        this.files = files;
    }

    /** Memory available for new work (MemAvailable, or the heap not yet used). */
    long freeKilobytes() {
        return meminfo("MemAvailable").orElseGet(() -> {
            Runtime runtime = Runtime.getRuntime();
            long used = runtime.totalMemory() - runtime.freeMemory();
            return (runtime.maxMemory() - used) / 1000;
        });
    }

    /** All memory (MemTotal, or the heap's maximum). */
    long totalKilobytes() {
        return meminfo("MemTotal").orElseGet(() -> Runtime.getRuntime().maxMemory() / 1000);
    }

    /** A /proc/meminfo field, which the kernel gives in units of 1024 bytes despite its "kB" suffix. */
    private Optional<Long> meminfo(String key) {
        return files.field("proc/meminfo", key).flatMap(MemoryInfo::kibibytes).map(kib -> kib * 1024 / 1000);
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
