package org.lwm2m.gateway.api.driver;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A peripheral that measures one quantity along three axes: an accelerometer, a magnetometer. Registered as a
 * service with the property {@value Sensor#QUANTITY} ({@value #QUANTITY_ACCELERATION}, {@value #QUANTITY_MAGNETIC})
 * so the object bundle for it finds it with a target filter. Calls are cheap and never block: a driver answers from
 * the last values it sampled.
 */
@ConsumerType
public interface VectorSensor {

    /** Acceleration, served as Accelerometer (3313). */
    String QUANTITY_ACCELERATION = "acceleration";
    /** Magnetic flux density, served as Magnetometer (3314). */
    String QUANTITY_MAGNETIC = "magnetic";

    /** The unit of the values ("m/s2", "G", "uT"); may be empty. */
    String unit();

    /** The lowest value an axis can report, or NaN if it does not say. */
    double minRange();

    /** The highest value an axis can report, or NaN if it does not say. */
    double maxRange();

    /** The latest values along x, y and z. */
    Vector value();

    /** Tells {@code listener} about every new value from now on, on the driver's thread. */
    void addListener(VectorSensorListener listener);

    void removeListener(VectorSensorListener listener);

    /** Three values, one per axis. */
    record Vector(double x, double y, double z) {
    }
}
