package org.lwm2m.gateway.object.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoryInfoTest {

    @TempDir
    Path root;

    @Test
    void convertsProcMeminfoToKilobytesOf1000Bytes() throws IOException {
        Files.createDirectories(root.resolve("proc"));
        Files.writeString(root.resolve("proc/meminfo"),
                "MemTotal:        2000000 kB\nMemFree:          100000 kB\nMemAvailable:     500000 kB\n");

        MemoryInfo memory = new MemoryInfo(new SystemFiles(root));

        assertEquals(2_048_000, memory.totalKilobytes());
        assertEquals(512_000, memory.freeKilobytes());
    }

    @Test
    void samplesAtMostOncePerPeriod() throws IOException {
        Files.createDirectories(root.resolve("proc"));
        Files.writeString(root.resolve("proc/meminfo"), "MemTotal: 1000 kB\nMemAvailable: 500 kB\n");
        AtomicLong nanos = new AtomicLong();
        MemoryInfo memory = new MemoryInfo(new SystemFiles(root), nanos::get);
        assertEquals(512, memory.freeKilobytes());

        Files.writeString(root.resolve("proc/meminfo"), "MemTotal: 1000 kB\nMemAvailable: 250 kB\n");
        nanos.addAndGet(MemoryInfo.SAMPLE_PERIOD.toNanos() - 1);
        assertEquals(512, memory.freeKilobytes(), "sampled again within the period");
        assertEquals(1024, memory.totalKilobytes());

        nanos.incrementAndGet();
        assertEquals(256, memory.freeKilobytes(), "not sampled again after the period");
    }

    @Test
    void fallsBackToTheJvmHeap() {
        MemoryInfo memory = new MemoryInfo(new SystemFiles(root));

        assertEquals(Runtime.getRuntime().maxMemory() / 1000, memory.totalKilobytes());
        long free = memory.freeKilobytes();
        assertTrue(free > 0 && free <= memory.totalKilobytes(), "free " + free);
    }

    @Test
    void readsThisHost() {
        MemoryInfo memory = new MemoryInfo(new SystemFiles(Path.of("/")));
        long free = memory.freeKilobytes();
        long total = memory.totalKilobytes();
        assertTrue(total > 0 && free > 0 && free <= total, free + " of " + total);
    }
}
