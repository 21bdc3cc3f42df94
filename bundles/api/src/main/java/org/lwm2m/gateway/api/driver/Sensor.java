package org.lwm2m.gateway.api.driver;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A peripheral that measures one quantity: a thermal zone, a humidity probe, a voltage input. Registered as a
 * service with the property {@value #QUANTITY} (one of the {@code QUANTITY_*} values or another word) so that the
 * object bundle for that quantity finds it with a target filter such as {@code (sensor.quantity=temperature)}.
 * <p>
 * Calls are cheap and never block: a driver answers from the last value it sampled.
 */
@ConsumerType
public interface Sensor {

    /** Service property: what the sensor measures. */
    String QUANTITY = "sensor.quantity";
    /** Service property: a name for the sensor, unique among the sensors of one driver ("kitchen", "thermal_zone0"). */
    String NAME = "sensor.name";

    String QUANTITY_TEMPERATURE = "temperature";
    String QUANTITY_HUMIDITY = "humidity";
    String QUANTITY_PRESSURE = "pressure";
    String QUANTITY_VOLTAGE = "voltage";
    String QUANTITY_CURRENT = "current";
    String QUANTITY_GENERIC = "generic";
    /** A voltage or current input read as a number, served as Analog Input (3202). */
    String QUANTITY_ANALOG = "analog";
    /** Active electric power in W, served as Power Measurement (3305). */
    String QUANTITY_POWER = "power";
    /** A two-state input, 0 or 1, served as Digital Input (3200). */
    String QUANTITY_DIGITAL = "digital";
    /** A push button, 1 while pressed, served as Push Button (3347). */
    String QUANTITY_BUTTON = "button";
    /** An on/off switch a person flips, 1 while on, served as On/Off Switch (3342). */
    String QUANTITY_TOGGLE = "toggle";
    /** How full a container is, in %, served as Filling Level (3435). */
    String QUANTITY_FILLING = "filling";

    /** The unit of {@link #value()}, as UCUM or SenML writes it ("Cel", "%RH", "Pa", "V", "A"); may be empty. */
    String unit();

    /** The lowest value the sensor can report, or NaN if it does not say. */
    double minRange();

    /** The highest value the sensor can report, or NaN if it does not say. */
    double maxRange();

    /** The latest value. */
    double value();

    /** Tells {@code listener} about every new value from now on, on the driver's thread. */
    void addListener(SensorListener listener);

    void removeListener(SensorListener listener);
}
