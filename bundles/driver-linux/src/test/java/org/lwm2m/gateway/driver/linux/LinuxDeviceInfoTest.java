package org.lwm2m.gateway.driver.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lwm2m.gateway.api.driver.DeviceInfo.Battery;
import org.lwm2m.gateway.api.driver.DeviceInfo.BatteryStatus;

/** Memory and battery of a host in test directories, sampled at most once a second; and of this host. */
class LinuxDeviceInfoTest {

    @TempDir
    Path root;
    private final AtomicLong nanos = new AtomicLong();

    private void file(String path, String content) throws IOException {
        Path p = root.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }

    private LinuxDeviceInfo info() {
        return new LinuxDeviceInfo(new SystemFiles(root.resolve("sys"), root.resolve("proc")),
                root.resolve("etc/os-release"), nanos::get);
    }

    @Test
    void convertsProcMeminfoToKilobytesOf1000Bytes() throws IOException {
        file("proc/meminfo", "MemTotal:        2000000 kB\nMemFree:          100000 kB\nMemAvailable:     500000 kB\n");

        LinuxDeviceInfo info = info();

        assertEquals(OptionalLong.of(2_048_000), info.totalMemoryKilobytes());
        assertEquals(OptionalLong.of(512_000), info.freeMemoryKilobytes());
    }

    @Test
    void samplesAtMostOncePerPeriod() throws IOException {
        file("proc/meminfo", "MemTotal: 1000 kB\nMemAvailable: 500 kB\n");
        LinuxDeviceInfo info = info();
        assertEquals(OptionalLong.of(512), info.freeMemoryKilobytes());

        file("proc/meminfo", "MemTotal: 1000 kB\nMemAvailable: 250 kB\n");
        nanos.addAndGet(LinuxDeviceInfo.SAMPLE_PERIOD.toNanos() - 1);
        assertEquals(OptionalLong.of(512), info.freeMemoryKilobytes(), "not sampled again within the period");

        nanos.incrementAndGet();
        assertEquals(OptionalLong.of(256), info.freeMemoryKilobytes(), "sampled again after the period");
    }

    @Test
    void findsTheBatteryAmongThePowerSupplies() throws IOException {
        file("sys/class/power_supply/AC/type", "Mains\n");
        file("sys/class/power_supply/BAT0/type", "Battery\n");
        file("sys/class/power_supply/BAT0/capacity", "87\n");
        file("sys/class/power_supply/BAT0/status", "Charging\n");
        file("sys/class/power_supply/BAT0/voltage_now", "12345678\n");

        assertEquals(Optional.of(new Battery(87, BatteryStatus.CHARGING, OptionalLong.of(12_345))), info().battery());
    }

    @Test
    void aDischargingBatteryIsLowAtTenPercentAndADeadOneDamaged() throws IOException {
        file("sys/class/power_supply/BAT0/type", "Battery\n");
        file("sys/class/power_supply/BAT0/capacity", "9\n");
        file("sys/class/power_supply/BAT0/status", "Discharging\n");
        assertEquals(BatteryStatus.LOW, info().battery().orElseThrow().status());

        file("sys/class/power_supply/BAT0/health", "Dead\n");
        assertEquals(new Battery(9, BatteryStatus.DAMAGED, OptionalLong.empty()), info().battery().orElseThrow());
    }

    @Test
    void aHostWithoutTheFilesTellsNothing() {
        LinuxDeviceInfo info = info();
        assertEquals(OptionalLong.empty(), info.freeMemoryKilobytes());
        assertEquals(Optional.empty(), info.battery());
        assertEquals(Optional.empty(), info.manufacturer());
    }

    @Test
    void readsThisHostsMemory() {
        LinuxDeviceInfo info = new LinuxDeviceInfo(new SystemFiles(Path.of("/sys"), Path.of("/proc")),
                Path.of("/etc/os-release"), System::nanoTime);
        long free = info.freeMemoryKilobytes().orElseThrow();
        long total = info.totalMemoryKilobytes().orElseThrow();
        assertTrue(total > 0 && free > 0 && free <= total, free + " of " + total);
        assertTrue(info.firmwareVersion().orElseThrow().contains("Linux"), info.firmwareVersion().toString());
    }
}
