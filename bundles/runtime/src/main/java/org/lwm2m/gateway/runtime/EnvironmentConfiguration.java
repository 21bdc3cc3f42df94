package org.lwm2m.gateway.runtime;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntConsumer;

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
 * {@value #NAME}, and removes that configuration when the variables are gone. An invalid environment ends the
 * process with exit code {@value #INVALID_ENVIRONMENT_EXIT} after one line that says why: a container that cannot
 * do what it was started for should stop where {@code docker run} and orchestrators see it, not idle.
 */
@Component(immediate = true, service = {})
public final class EnvironmentConfiguration {

    /** Name of the factory configuration this component owns. */
    static final String NAME = "env";
    /** Its PID, as Configuration Admin 1.6 forms the PID of a named factory configuration. */
    static final String PID = ClientConfiguration.FACTORY_PID + "~" + NAME;

    /** The process's exit code after an invalid environment (the convention for a usage error). */
    static final int INVALID_ENVIRONMENT_EXIT = 2;

    private static final Logger LOG = LoggerFactory.getLogger(EnvironmentConfiguration.class);

    private final ConfigurationAdmin configAdmin;
    private final Function<String, String> environment;
    private final IntConsumer exit;

    @Activate
    public EnvironmentConfiguration(@Reference(name = "configAdmin") ConfigurationAdmin configAdmin) {
        this(configAdmin, System::getenv, EnvironmentConfiguration::exitProcess);
    }

    /** @param exit ends the process with the code it is given */
    EnvironmentConfiguration(ConfigurationAdmin configAdmin, Function<String, String> environment, IntConsumer exit) {
        this.configAdmin = configAdmin;
        this.environment = environment;
        this.exit = exit;
    }

    /**
     * Exits from a thread of its own: System.exit runs the shutdown hook that stops the framework, which waits for
     * this component's activation to end, so the activating thread must not be the one that waits.
     */
    private static void exitProcess(int code) {
        Thread exiting = new Thread(() -> System.exit(code), "lwm2m-invalid-environment-exit");
        exiting.start();
    }

    @Activate
    void activate(BundleContext context) {
        LOG.info("Gateway state (framework cache, configurations, object data) is kept in {}",
                context.getProperty(Constants.FRAMEWORK_STORAGE));
        apply();
    }

    /** Creates, updates or removes the {@value #NAME} configuration to match the environment. */
    void apply() {
        Optional<EnvironmentSettings> settings;
        try {
            settings = EnvironmentSettings.read(environment, () -> HostName.of(environment));
        } catch (InvalidEnvironmentException e) {
            LOG.error("Environment refused: {}. The gateway exits with code {}.", e.getMessage(),
                    INVALID_ENVIRONMENT_EXIT);
            remove("the environment is invalid");
            exit.accept(INVALID_ENVIRONMENT_EXIT);
            return;
        }
        if (settings.isPresent()) {
            write(settings.get());
        } else {
            remove("neither " + EnvironmentSettings.SERVER_URI + " nor " + EnvironmentSettings.BOOTSTRAP_URI + " is set");
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
