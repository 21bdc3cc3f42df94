package org.lwm2m.gateway.api.driver;

import org.osgi.annotation.versioning.ConsumerType;

/** Hears the new values of a {@link Sensor}. */
@ConsumerType
@FunctionalInterface
public interface SensorListener {

    /** A new value; called on the driver's thread, so it must return quickly. */
    void valueChanged(Sensor sensor, double value);
}
