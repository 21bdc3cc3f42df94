package org.lwm2m.gateway.api.driver;

import org.osgi.annotation.versioning.ConsumerType;

/** Hears the changes of state of an {@link Actuator}. */
@ConsumerType
@FunctionalInterface
public interface ActuatorListener {

    /** The actuator was switched or its level set; called on the driver's thread, so it must return quickly. */
    void stateChanged(Actuator actuator);
}
