package org.lwm2m.gateway.driver.linux;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;

/**
 * One value the kernel publishes in a sysfs file as a whole number in a small unit (millidegrees Celsius,
 * microvolts, microamperes), and what it measures.
 *
 * @param name     the sensor's name: the sysfs device and what it reads ("thermal_zone0", "BAT0-voltage")
 * @param quantity what it measures, a {@code Sensor.QUANTITY_*} value
 * @param unit     the unit after scaling ("Cel", "V", "A")
 * @param file     the sysfs file
 * @param divisor  what the file's number is divided by to get the unit (1000 for millidegrees)
 */
record SysfsChannel(String name, String quantity, String unit, Path file, double divisor) {

    /** The value now, or empty if the file is gone or does not hold a number (a sensor being removed, say). */
    OptionalDouble read() {
        try {
            String text = Files.readString(file, StandardCharsets.US_ASCII).trim();
            return OptionalDouble.of(Long.parseLong(text) / divisor);
        } catch (IOException | NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }
}
