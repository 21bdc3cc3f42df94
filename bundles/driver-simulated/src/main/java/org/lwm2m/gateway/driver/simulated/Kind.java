package org.lwm2m.gateway.driver.simulated;

import java.util.Locale;

import org.lwm2m.gateway.api.driver.Sensor;

/** What a simulated peripheral measures, with the unit and range it has unless configured otherwise. */
enum Kind {
    TEMPERATURE(Sensor.QUANTITY_TEMPERATURE, "Cel", 15, 30),
    HUMIDITY(Sensor.QUANTITY_HUMIDITY, "%RH", 30, 70),
    PRESSURE(Sensor.QUANTITY_PRESSURE, "Pa", 98_000, 103_000),
    VOLTAGE(Sensor.QUANTITY_VOLTAGE, "V", 0, 5),
    CURRENT(Sensor.QUANTITY_CURRENT, "A", 0, 1),
    GENERIC(Sensor.QUANTITY_GENERIC, "", 0, 100);

    final String quantity;
    final String unit;
    final double min;
    final double max;

    Kind(String quantity, String unit, double min, double max) {
        this.quantity = quantity;
        this.unit = unit;
        this.min = min;
        this.max = max;
    }

    /**
     * The kind a configuration names.
     *
     * @throws IllegalArgumentException naming the kinds there are
     */
    static Kind of(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("kind = '" + name + "': must be temperature, humidity, pressure, "
                    + "voltage, current or generic (only sensors are simulated)", e);
        }
    }
}
