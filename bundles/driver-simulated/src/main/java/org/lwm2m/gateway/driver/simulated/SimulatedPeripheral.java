package org.lwm2m.gateway.driver.simulated;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;

import org.lwm2m.gateway.api.driver.Actuator;
import org.lwm2m.gateway.api.driver.Sensor;
import org.lwm2m.gateway.api.driver.VectorSensor;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A peripheral made of a configuration: it registers a {@link Sensor} (or a three-axis {@link VectorSensor}) whose
 * values follow the configured waveform, or an {@link Actuator} that servers switch, and unregisters it when the configuration goes. A refused
 * configuration is one ERROR line and no peripheral.
 */
@Designate(ocd = SimulatedPeripheralConfig.class, factory = true)
@Component(service = {}, configurationPid = SimulatedPeripheralConfig.FACTORY_PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
public class SimulatedPeripheral {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatedPeripheral.class);

    /** A simulated sensor, sampled until its peripheral goes. */
    interface Sampled {
        void stop();
    }

    private final ServiceRegistration<?> registration;
    private final Sampled sensor;

    @Activate
    public SimulatedPeripheral(BundleContext context, SimulatedPeripheralConfig config, Map<String, Object> properties,
            @Reference SimulationClock clock) {
        String pid = String.valueOf(properties.get(Constants.SERVICE_PID));
        PeripheralSettings settings;
        try {
            settings = PeripheralSettings.of(config);
        } catch (IllegalArgumentException e) {
            LOG.error("Simulated peripheral {} refused: {}. It is not added until the configuration is fixed.", pid,
                    e.getMessage());
            registration = null;
            sensor = null;
            return;
        }
        String name = pid.substring(pid.indexOf('~') + 1);
        Dictionary<String, Object> serviceProperties = new Hashtable<>();
        if (settings.kind().isActuator()) {
            sensor = null;
            serviceProperties.put(Actuator.KIND, settings.kind().actuator);
            serviceProperties.put(Actuator.NAME, name);
            registration = context.registerService(Actuator.class, new SimulatedActuator(pid, settings),
                    serviceProperties);
            LOG.info("Simulated {} {} added, off", settings.kind().actuator, pid);
            return;
        }
        serviceProperties.put(Sensor.QUANTITY, settings.kind().quantity);
        serviceProperties.put(Sensor.NAME, name);
        if (settings.kind().isVector()) {
            SimulatedVectorSensor vector = new SimulatedVectorSensor(settings, clock);
            sensor = vector;
            registration = context.registerService(VectorSensor.class, vector, serviceProperties);
        } else {
            SimulatedSensor scalar = new SimulatedSensor(settings, clock);
            sensor = scalar;
            registration = context.registerService(Sensor.class, scalar, serviceProperties);
        }
        LOG.info("Simulated {} sensor {} added: {} to {} {}, {} over {} s", settings.kind().quantity, pid,
                settings.min(), settings.max(), settings.unit(), settings.waveform().name().toLowerCase(),
                settings.period().toMillis() / 1000.0);
    }

    @Deactivate
    void deactivate() {
        if (sensor != null) {
            sensor.stop();
        }
        if (registration != null) {
            registration.unregister();
        }
    }
}
