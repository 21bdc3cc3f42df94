package org.lwm2m.gateway.driver.simulated;

import org.lwm2m.gateway.api.driver.BaseActuator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An actuator that drives nothing: it keeps its state and says in the log what it was told. */
final class SimulatedActuator extends BaseActuator {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatedActuator.class);

    private final String pid;

    /** A light starts off at full level; a switch has no level. */
    SimulatedActuator(String pid, PeripheralSettings settings) {
        super(false, settings.kind() == Kind.LIGHT ? settings.max() : Double.NaN);
        this.pid = pid;
    }

    @Override
    protected void apply(boolean on, double level) {
        if (Double.isNaN(level)) {
            LOG.info("Simulated actuator {} switched {}", pid, on ? "on" : "off");
        } else {
            LOG.info("Simulated actuator {} switched {} at {} %", pid, on ? "on" : "off", level);
        }
    }
}
