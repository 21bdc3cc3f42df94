package org.lwm2m.gateway.object.location;

import java.time.Instant;
import java.util.Hashtable;
import java.util.OptionalDouble;

import org.lwm2m.gateway.api.driver.Locator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The position an operator configured ({@value LocationConfig#PID}) as a {@link Locator}, ranked below any other so
 * that a GNSS receiver's driver wins. A refused configuration is one ERROR line and no locator.
 */
@Designate(ocd = LocationConfig.class)
@Component(service = {}, configurationPid = LocationConfig.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
public class ConfiguredLocation {

    private static final Logger LOG = LoggerFactory.getLogger(ConfiguredLocation.class);

    private final ServiceRegistration<Locator> registration;

    @Activate
    public ConfiguredLocation(BundleContext context, LocationConfig config) {
        Locator.Fix fix;
        try {
            fix = fix(config, Instant.now());
        } catch (IllegalArgumentException e) {
            LOG.error("Location configuration {} refused: {}. Location (6) shows no configured position.",
                    LocationConfig.PID, e.getMessage());
            registration = null;
            return;
        }
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(Constants.SERVICE_RANKING, -100);
        registration = context.registerService(Locator.class, () -> fix, properties);
    }

    @Deactivate
    void deactivate() {
        if (registration != null) {
            registration.unregister();
        }
    }

    /** The configured position, taken at {@code time}. */
    static Locator.Fix fix(LocationConfig config, Instant time) {
        return new Locator.Fix(config.latitude(), config.longitude(), optional("altitude", config.altitude()),
                optional("radius", config.radius()), OptionalDouble.empty(), time);
    }

    private static OptionalDouble optional(String name, String text) {
        if (text == null || text.isBlank()) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(Double.parseDouble(text.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " = '" + text + "': not a number of metres", e);
        }
    }
}
