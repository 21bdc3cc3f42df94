package org.lwm2m.gateway.object.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
