package org.lwm2m.gateway.api.driver;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A peripheral the gateway switches and, where it can, dims: a lamp, a relay, a valve. Registered as a service with
 * the property {@value #KIND} so that the object bundle for that kind finds it with a target filter such as
 * {@code (actuator.kind=light)}. A driver knows nothing of LwM2M: it is switched, and tells its listeners when its
 * state changes, whoever changed it (a server, an application, a button on the device).
 */
@ConsumerType
public interface Actuator {

    /** Service property: what the actuator is. */
    String KIND = "actuator.kind";
    /** Service property: a name for the actuator, unique among the actuators of one driver. */
    String NAME = "actuator.name";

    /** A lamp, served as IPSO Light Control (3311). */
    String KIND_LIGHT = "light";
    /** Anything switched on and off (a relay, a valve), served as IPSO Actuation (3306). */
    String KIND_SWITCH = "switch";
    /** A digital output line, served as Digital Output (3201). */
    String KIND_OUTPUT = "output";
    /** A buzzer or siren, served as Buzzer (3338). */
    String KIND_BUZZER = "buzzer";

    boolean isOn();

    /** Switches the actuator on or off; its listeners hear of the new state. */
    void switchOn(boolean on);

    /** The level in percent (0 to 100), or NaN for an actuator that is only on or off. */
    double level();

    /** Sets the level in percent (0 to 100); an actuator without levels ignores it. */
    void setLevel(double percent);

    /** Tells {@code listener} about every change of state from now on, on the driver's thread. */
    void addListener(ActuatorListener listener);

    void removeListener(ActuatorListener listener);
}
