package org.lwm2m.gateway.driver.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lwm2m.gateway.api.driver.Sensor;

/** Sensors found in a sysfs tree laid out as the kernel does, and read again as their files change. */
class SysfsScanTest {

    @TempDir
    Path sysfs;

    @Test
    void thermalZonesAndPowerSuppliesAreSensorsInTheirUnits() throws IOException {
        write("class/thermal/thermal_zone0/temp", "42500\n");
        write("class/thermal/thermal_zone1/temp", "-1250\n");
        write("class/thermal/cooling_device0/cur_state", "0\n");
        write("class/power_supply/BAT0/voltage_now", "12345678\n");
        write("class/power_supply/BAT0/current_now", "-500000\n");
        write("class/power_supply/AC/online", "1\n");

        List<SysfsChannel> channels = SysfsScan.channels(sysfs);

        assertEquals(List.of("thermal_zone0", "thermal_zone1", "BAT0-voltage", "BAT0-current"),
                channels.stream().map(SysfsChannel::name).toList());
        assertEquals(42.5, channels.get(0).read().getAsDouble());
        assertEquals(-1.25, channels.get(1).read().getAsDouble());
        assertEquals(Sensor.QUANTITY_VOLTAGE, channels.get(2).quantity());
        assertEquals(12.345678, channels.get(2).read().getAsDouble());
        assertEquals(-0.5, channels.get(3).read().getAsDouble());
        assertEquals("A", channels.get(3).unit());
    }

    @Test
    void aHostWithoutThemHasNoSensorAndAnUnreadableFileIsNone() throws IOException {
        assertTrue(SysfsScan.channels(sysfs).isEmpty());
        write("class/thermal/thermal_zone0/temp", "not a number\n");
        assertTrue(SysfsScan.channels(sysfs).isEmpty());
    }

    @Test
    void aSensorReportsOnlyNewReadings() throws IOException {
        write("class/thermal/thermal_zone0/temp", "40000\n");
        LinuxDriver.ChannelSensor sensor = new LinuxDriver.ChannelSensor(SysfsScan.channels(sysfs).get(0));
        List<Double> heard = new CopyOnWriteArrayList<>();
        sensor.addListener((s, value) -> heard.add(value));

        sensor.sample();
        write("class/thermal/thermal_zone0/temp", "41000\n");
        sensor.sample();
        Files.delete(sysfs.resolve("class/thermal/thermal_zone0/temp"));
        sensor.sample();

        assertEquals(List.of(41.0), heard, "40 again is no news; a file gone keeps the last value");
        assertEquals(41.0, sensor.value());
    }

    private void write(String relative, String content) throws IOException {
        Path file = sysfs.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
