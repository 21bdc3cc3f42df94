package org.lwm2m.gateway.driver.simulated;

import java.util.Locale;

import org.lwm2m.gateway.api.driver.Actuator;
import org.lwm2m.gateway.api.driver.Sensor;
import org.lwm2m.gateway.api.driver.VectorSensor;

/**
 * What a simulated peripheral is: a sensor, with the unit and range it has unless configured otherwise, or an
 * actuator.
 */
enum Kind {
    TEMPERATURE(Sensor.QUANTITY_TEMPERATURE, null, "Cel", 15, 30),
    HUMIDITY(Sensor.QUANTITY_HUMIDITY, null, "%RH", 30, 70),
    PRESSURE(Sensor.QUANTITY_PRESSURE, null, "Pa", 98_000, 103_000),
    VOLTAGE(Sensor.QUANTITY_VOLTAGE, null, "V", 0, 5),
    CURRENT(Sensor.QUANTITY_CURRENT, null, "A", 0, 1),
    GENERIC(Sensor.QUANTITY_GENERIC, null, "", 0, 100),
    ANALOG(Sensor.QUANTITY_ANALOG, null, "V", 0, 10),
    POWER(Sensor.QUANTITY_POWER, null, "W", 0, 2000),
    FILLING(Sensor.QUANTITY_FILLING, null, "%", 0, 100),
    /** Three-axis sensors: each axis follows the waveform a third of a period after the one before. */
    ACCELERATION(VectorSensor.QUANTITY_ACCELERATION, null, "m/s2", -20, 20),
    MAGNETIC(VectorSensor.QUANTITY_MAGNETIC, null, "uT", -60, 60),
    /** Two-state inputs: 0 or 1 each, on from one half up, so every waveform switches them. */
    DIGITAL(Sensor.QUANTITY_DIGITAL, null, "", 0, 1),
    BUTTON(Sensor.QUANTITY_BUTTON, null, "", 0, 1),
    TOGGLE(Sensor.QUANTITY_TOGGLE, null, "", 0, 1),
    /** A dimmable lamp, off at first, its level at the maximum. */
    LIGHT(null, Actuator.KIND_LIGHT, "%", 0, 100),
    /** A relay or valve: on or off, off at first. */
    SWITCH(null, Actuator.KIND_SWITCH, "", 0, 1),
    BUZZER(null, Actuator.KIND_BUZZER, "", 0, 1),
    OUTPUT(null, Actuator.KIND_OUTPUT, "", 0, 1);

    /** What a sensor measures; null for an actuator. */
    final String quantity;
    /** What an actuator is; null for a sensor. */
    final String actuator;
    final String unit;
    final double min;
    final double max;

    Kind(String quantity, String actuator, String unit, double min, double max) {
        this.quantity = quantity;
        this.actuator = actuator;
        this.unit = unit;
        this.min = min;
        this.max = max;
    }

    boolean isActuator() {
        return actuator != null;
    }

    boolean isVector() {
        return this == ACCELERATION || this == MAGNETIC;
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
                    + "voltage, current, generic, analog, power, filling, acceleration, magnetic, digital, button, toggle, light, switch, buzzer or output", e);
        }
    }
}
