package org.lwm2m.gateway.driver.linux;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.lwm2m.gateway.api.driver.Sensor;

/**
 * What sensors a sysfs tree has now: every thermal zone ({@code class/thermal/thermal_zone*}: {@code temp} in
 * millidegrees Celsius) and every power supply's voltage and current ({@code class/power_supply/*}:
 * {@code voltage_now} in microvolts, {@code current_now} in microamperes). A file that is there but unreadable
 * does not count.
 */
final class SysfsScan {

    private SysfsScan() {
    }

    /** The channels under {@code sysfs} ("/sys"), in name order. */
    static List<SysfsChannel> channels(Path sysfs) {
        List<SysfsChannel> channels = new ArrayList<>();
        for (Path zone : children(sysfs.resolve("class/thermal"), "thermal_zone")) {
            add(channels, new SysfsChannel(zone.getFileName().toString(), Sensor.QUANTITY_TEMPERATURE, "Cel",
                    zone.resolve("temp"), 1e3));
        }
        for (Path supply : children(sysfs.resolve("class/power_supply"), "")) {
            String name = supply.getFileName().toString();
            add(channels, new SysfsChannel(name + "-voltage", Sensor.QUANTITY_VOLTAGE, "V",
                    supply.resolve("voltage_now"), 1e6));
            add(channels, new SysfsChannel(name + "-current", Sensor.QUANTITY_CURRENT, "A",
                    supply.resolve("current_now"), 1e6));
        }
        return channels;
    }

    private static void add(List<SysfsChannel> channels, SysfsChannel channel) {
        if (channel.read().isPresent()) {
            channels.add(channel);
        }
    }

    /** The entries of {@code directory} whose names start with {@code prefix}, sorted; none if it is missing. */
    private static List<Path> children(Path directory, String prefix) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
