package org.lwm2m.gateway.driver.simulated;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ScheduledFuture;

import org.lwm2m.gateway.api.driver.BaseSensor;
import org.lwm2m.gateway.api.driver.Sensor;
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
 * A peripheral made of a configuration: it registers a {@link Sensor} whose value follows the configured waveform,
 * and unregisters it when the configuration goes. A refused configuration is one ERROR line and no sensor.
 */
@Designate(ocd = SimulatedPeripheralConfig.class, factory = true)
@Component(service = {}, configurationPid = SimulatedPeripheralConfig.FACTORY_PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
public class SimulatedPeripheral extends BaseSensor {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatedPeripheral.class);

    private final Random random = new Random();
    private final PeripheralSettings settings;
    private final long start = System.nanoTime();
    private final ServiceRegistration<Sensor> registration;
    private final ScheduledFuture<?> sampling;

    @Activate
    public SimulatedPeripheral(BundleContext context, SimulatedPeripheralConfig config, Map<String, Object> properties,
            @Reference SimulationClock clock) {
        super(Double.NaN);
        String pid = String.valueOf(properties.get(Constants.SERVICE_PID));
        PeripheralSettings checked;
        try {
            checked = PeripheralSettings.of(config);
        } catch (IllegalArgumentException e) {
            LOG.error("Simulated peripheral {} refused: {}. It is not added until the configuration is fixed.", pid,
                    e.getMessage());
            checked = null;
        }
        settings = checked;
        if (settings == null) {
            registration = null;
            sampling = null;
            return;
        }
        report(sample());
        Dictionary<String, Object> serviceProperties = new Hashtable<>();
        serviceProperties.put(QUANTITY, settings.kind().quantity);
        serviceProperties.put(NAME, pid.substring(pid.indexOf('~') + 1));
        registration = context.registerService(Sensor.class, this, serviceProperties);
        sampling = clock.every(settings.sampling(), () -> report(sample()));
        LOG.info("Simulated {} sensor {} added: {} to {} {}, {} over {} s", settings.kind().quantity, pid,
                settings.min(), settings.max(), settings.unit(), settings.waveform().name().toLowerCase(),
                settings.period().toMillis() / 1000.0);
    }

    @Deactivate
    void deactivate() {
        if (registration != null) {
            sampling.cancel(false);
            registration.unregister();
        }
    }

    /** The waveform now, to two decimals as a real probe would round it. */
    private double sample() {
        double seconds = (System.nanoTime() - start) / 1e9;
        double raw = settings.waveform().valueAt(seconds, settings.min(), settings.max(),
                settings.period().toNanos() / 1e9, random);
        return Math.round(raw * 100) / 100.0;
    }

    @Override
    public String unit() {
        return settings.unit();
    }

    @Override
    public double minRange() {
        return settings.min();
    }

    @Override
    public double maxRange() {
        return settings.max();
    }

}
