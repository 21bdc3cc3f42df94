package org.lwm2m.gateway.api.driver;

import org.osgi.annotation.versioning.ConsumerType;

/** Hears the new values of a {@link VectorSensor}. */
@ConsumerType
@FunctionalInterface
public interface VectorSensorListener {

    /** New values; called on the driver's thread, so it must return quickly. */
    void valueChanged(VectorSensor sensor, VectorSensor.Vector value);
}
