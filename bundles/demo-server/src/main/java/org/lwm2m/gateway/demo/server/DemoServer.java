package org.lwm2m.gateway.demo.server;

import java.io.IOException;
import java.time.Duration;
import java.net.InetAddress;
import java.net.URI;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;

import org.lwm2m.gateway.api.client.ClientConfiguration;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.cm.ConfigurationListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo mode: while no LwM2M server is configured, runs an embedded Eclipse Leshan server on loopback and a client
 * configuration named {@value #NAME} that registers the gateway to it, so a newcomer sees the whole loop offline.
 * A real server configuration (from the environment or Configuration Admin) ends demo mode.
 */
@Component(immediate = true, service = ConfigurationListener.class)
public final class DemoServer implements ConfigurationListener {

    /** Name of the factory configuration of the demo client. */
    static final String NAME = "demo";
    /** Its PID, as Configuration Admin 1.6 forms the PID of a named factory configuration. */
    static final String PID = ClientConfiguration.FACTORY_PID + "~" + NAME;
    static final String ENDPOINT = "lwm2m-gateway-demo";
    static final long LIFETIME_SECONDS = 60;
    /** The IANA CoAP port; the demo server takes another one when it is in use. */
    static final int PREFERRED_PORT = 5683;
    /** How long the demo server waits for its client to de-register before it stops: longer than the client's 2 s. */
    static final Duration CLIENT_LEAVE = Duration.ofSeconds(3);

    /** Environment variables that configure a real server. */
    static final String[] SERVER_VARIABLES = { "LWM2M_SERVER_URI", "LWM2M_BOOTSTRAP_URI" };

    private static final Logger LOG = LoggerFactory.getLogger(DemoServer.class);

    private final ConfigurationAdmin configAdmin;
    private final Function<String, String> environment;
    private final int preferredPort;
    private final Consumer<DeviceSummary> onDeviceRead;

    private boolean active;
    private EmbeddedLeshanServer server;
    /** Stops the last demo server once its client left; deactivation waits for it. */
    private Thread closing;
    private String lastReason;

    @Activate
    public DemoServer(@Reference(name = "configAdmin") ConfigurationAdmin configAdmin) {
        this(configAdmin, System::getenv, PREFERRED_PORT,
                summary -> LOG.info("Demo server: read /3/0 of {}: {}", summary.endpoint(), summary.describe()));
    }

    DemoServer(ConfigurationAdmin configAdmin, Function<String, String> environment, int preferredPort,
            Consumer<DeviceSummary> onDeviceRead) {
        this.configAdmin = configAdmin;
        this.environment = environment;
        this.preferredPort = preferredPort;
        this.onDeviceRead = onDeviceRead;
    }

    @Activate
    synchronized void activate() {
        active = true;
        evaluate();
    }

    @Deactivate
    void deactivate() {
        Thread closing;
        synchronized (this) {
            active = false;
            stop();
            closing = this.closing;
        }
        if (closing != null) {
            try {
                closing.join(CLIENT_LEAVE.plusSeconds(2).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Re-decides on demo mode whenever a client configuration other than the demo's own changes. */
    @Override
    public void configurationEvent(ConfigurationEvent event) {
        if (ClientConfiguration.FACTORY_PID.equals(event.getFactoryPid()) && !PID.equals(event.getPid())) {
            evaluate();
        }
    }

    /** Where the demo server listens, while it runs. */
    synchronized Optional<URI> serverUri() {
        return Optional.ofNullable(server).map(EmbeddedLeshanServer::uri);
    }

    private synchronized void evaluate() {
        if (!active) {
            return;
        }
        Optional<String> configured = configuredServer();
        if (configured.isEmpty()) {
            if (server == null) {
                start();
            }
            return;
        }
        if (server != null) {
            LOG.info("Demo mode ends: {}", configured.get());
        } else if (!configured.get().equals(lastReason)) {
            LOG.info("Demo mode off: {}", configured.get());
        }
        lastReason = configured.get();
        stop();
    }

    /** Why a real server counts as configured, or empty when none is. */
    private Optional<String> configuredServer() {
        for (String variable : SERVER_VARIABLES) {
            String value = environment.apply(variable);
            if (value != null && !value.isBlank()) {
                return Optional.of(variable + " is set");
            }
        }
        try {
            Configuration[] clients = configAdmin.listConfigurations(
                    "(service.factoryPid=" + ClientConfiguration.FACTORY_PID + ")");
            return Optional.ofNullable(clients).stream()
                    .flatMap(Arrays::stream)
                    .map(Configuration::getPid)
                    .filter(pid -> !PID.equals(pid))
                    .findFirst()
                    .map(pid -> "client configuration " + pid + " exists");
        } catch (IOException | InvalidSyntaxException e) {
            LOG.error("Could not list the client configurations; demo mode stays off", e);
            return Optional.of("the client configurations cannot be read");
        }
    }

    private void start() {
        LOG.info("Demo mode: no LwM2M server is configured, starting an embedded Eclipse Leshan server");
        lastReason = null;
        EmbeddedLeshanServer started;
        try {
            started = EmbeddedLeshanServer.start(InetAddress.getLoopbackAddress(), preferredPort);
        } catch (RuntimeException e) {
            LOG.error("Could not start the demo server", e);
            return;
        }
        started.addRegistrationListener(
                new RegistrationReporter(new DeviceReadback(started.leshan(), onDeviceRead)));
        LOG.info("Demo LwM2M server listening on {}", started.uri());
        try {
            Configuration demo = configAdmin.getFactoryConfiguration(ClientConfiguration.FACTORY_PID, NAME, "?");
            demo.updateIfDifferent(clientProperties(started.uri().toString()));
        } catch (IOException e) {
            LOG.error("Could not write the demo client configuration; stopping the demo server", e);
            started.close();
            return;
        }
        server = started;
        LOG.info("Demo client configuration '{}': endpoint {}, server {}, lifetime {} s. It belongs to demo mode and "
                + "is rewritten at every start: for a real server, add a new LwM2M client configuration or set "
                + "LWM2M_SERVER_URI", NAME, ENDPOINT, started.uri(), LIFETIME_SECONDS);
    }

    /**
     * Deletes the demo configuration (also one left by a crashed run) and stops the demo server if it runs, once
     * the demo client has de-registered from it (or after {@link #CLIENT_LEAVE}), so that the client never talks to
     * a server that went away. The wait runs on a thread of its own: the client stops on Configuration Admin's
     * event thread, which this method may be running on.
     */
    private void stop() {
        EmbeddedLeshanServer stopping = server;
        server = null;
        CompletableFuture<Void> clientGone = stopping == null ? null : stopping.deregistered(ENDPOINT);
        try {
            Configuration[] demo = configAdmin.listConfigurations("(service.pid=" + PID + ")");
            if (demo != null) {
                for (Configuration configuration : demo) {
                    configuration.delete();
                }
            }
        } catch (IOException | InvalidSyntaxException e) {
            LOG.error("Could not delete the demo client configuration", e);
        }
        if (stopping != null) {
            closing = new Thread(() -> {
                try {
                    clientGone.get(CLIENT_LEAVE.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException | TimeoutException e) {
                    LOG.info("Demo client still registered after {} s: stopping the demo server anyway",
                            CLIENT_LEAVE.toSeconds());
                }
                stopping.close();
                LOG.info("Demo LwM2M server stopped");
            }, "lwm2m-demo-server-stop");
            closing.start();
        }
    }

    static Dictionary<String, Object> clientProperties(String serverUri) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(ClientConfiguration.ENDPOINT, ENDPOINT);
        properties.put(ClientConfiguration.SERVER_URI, serverUri);
        properties.put(ClientConfiguration.LIFETIME, LIFETIME_SECONDS);
        return properties;
    }
}
