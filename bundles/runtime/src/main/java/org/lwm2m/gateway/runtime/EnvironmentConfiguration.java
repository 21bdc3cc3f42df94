package org.lwm2m.gateway.runtime;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;

import org.lwm2m.gateway.api.client.ClientConfiguration;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the LWM2M_* environment variables of a container into the client configuration named
 * {@value #NAME}, and removes that configuration when the variables are gone.
 */
@Component(immediate = true, service = {})
public final class EnvironmentConfiguration {

    /** Name of the factory configuration this component owns. */
    static final String NAME = "env";
    /** Its PID, as Configuration Admin 1.6 forms the PID of a named factory configuration. */
    static final String PID = ClientConfiguration.FACTORY_PID + "~" + NAME;

    private static final Logger LOG = LoggerFactory.getLogger(EnvironmentConfiguration.class);

    private final ConfigurationAdmin configAdmin;
    private final Function<String, String> environment;

    @Activate
    public EnvironmentConfiguration(@Reference(name = "configAdmin") ConfigurationAdmin configAdmin) {
        this(configAdmin, System::getenv);
    }

    EnvironmentConfiguration(ConfigurationAdmin configAdmin, Function<String, String> environment) {
        this.configAdmin = configAdmin;
        this.environment = environment;
    }

    @Activate
    void activate(BundleContext context) {
        LOG.info("Gateway state (framework cache, configurations, object data) is kept in {}",
                context.getProperty(Constants.FRAMEWORK_STORAGE));
        apply();
    }

    /** Creates, updates or removes the {@value #NAME} configuration to match the environment. */
    void apply() {
        String bootstrapUri = environment.apply(EnvironmentSettings.BOOTSTRAP_URI);
        if (bootstrapUri != null && !bootstrapUri.isBlank()) {
            LOG.warn("{} is set, but a bootstrap server cannot be configured from the environment yet: ignored",
                    EnvironmentSettings.BOOTSTRAP_URI);
        }
        Optional<EnvironmentSettings> settings;
        try {
            settings = EnvironmentSettings.read(environment, () -> HostName.of(environment));
        } catch (InvalidEnvironmentException e) {
            LOG.error("Environment refused, no client configuration created from it: {}", e.getMessage());
            remove("the environment is invalid");
            return;
        }
        if (settings.isPresent()) {
            write(settings.get());
        } else {
            remove(EnvironmentSettings.SERVER_URI + " is not set");
        }
    }

    private void write(EnvironmentSettings settings) {
        try {
            Configuration configuration = configAdmin.getFactoryConfiguration(ClientConfiguration.FACTORY_PID, NAME,
                    "?");
            boolean changed = configuration.updateIfDifferent(settings.toProperties());
            LOG.info("Client configuration '{}' from the environment {}: {}", NAME, changed ? "written" : "unchanged",
                    settings.describe());
        } catch (IOException e) {
            LOG.error("Could not write the client configuration '{}' from the environment", NAME, e);
        }
    }

    private void remove(String reason) {
        try {
            Configuration[] existing = configAdmin.listConfigurations("(" + Constants.SERVICE_PID + "=" + PID + ")");
            if (existing == null) {
                return;
            }
            for (Configuration configuration : existing) {
                configuration.delete();
            }
            LOG.info("Removed the client configuration '{}' of an earlier run: {}", NAME, reason);
        } catch (IOException | InvalidSyntaxException e) {
            LOG.error("Could not remove the client configuration '{}' of an earlier run", NAME, e);
        }
    }
}
