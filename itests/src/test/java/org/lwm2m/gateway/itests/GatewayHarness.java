package org.lwm2m.gateway.itests;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.leshan.core.link.Link;
import org.eclipse.leshan.core.link.attributes.Attribute;
import org.eclipse.leshan.server.registration.Registration;
import org.lwm2m.gateway.api.client.ClientConfiguration;
import org.lwm2m.gateway.api.client.ClientEvent;
import org.lwm2m.gateway.api.client.ClientEventListener;
import org.lwm2m.gateway.api.client.LwM2mClient;
import org.lwm2m.gateway.testing.Arrivals;
import org.lwm2m.gateway.testing.LeshanTestServer;
import org.lwm2m.gateway.testing.LeshanTestServer.Update;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.Filter;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.util.tracker.ServiceTracker;

/**
 * What every gateway test needs, for one test: a Leshan server on loopback, a record of the client events the
 * gateway reports, and gateway clients configured through Configuration Admin to talk to that server. Closing
 * it deletes the configurations it created, stops listening and destroys the server.
 */
public final class GatewayHarness implements AutoCloseable {

    /** A client event as a whiteboard {@link ClientEventListener} heard it. */
    public record SeenEvent(String endpoint, int shortServerId, ClientEvent event) {
    }

    /** How long the engine may take to turn a configuration into a client service (DS work, no network). */
    public static final Duration SERVICE_TIMEOUT = Duration.ofSeconds(5);

    private final BundleContext context;
    private final ConfigurationAdmin configAdmin;
    private final LeshanTestServer leshan;
    private final EventLog<SeenEvent> clientEvents = new EventLog<>("client event");
    private final ServiceRegistration<ClientEventListener> listenerRegistration;
    private final List<Configuration> configurations = new ArrayList<>();
    private final List<ServiceTracker<?, ?>> trackers = new ArrayList<>();

    private GatewayHarness(BundleContext context, ConfigurationAdmin configAdmin, LeshanTestServer leshan) {
        this.context = context;
        this.configAdmin = configAdmin;
        this.leshan = leshan;
        ClientEventListener listener = (client, server, event) -> clientEvents.add(
                new SeenEvent(client.endpoint(), server, event));
        this.listenerRegistration = context.registerService(ClientEventListener.class, listener, null);
    }

    /** Starts recording client events, for clients of this Leshan server. */
    public static GatewayHarness start(BundleContext context, ConfigurationAdmin configAdmin,
            LeshanTestServer leshan) {
        return new GatewayHarness(context, configAdmin, leshan);
    }

    /** This harness's server. */
    public LeshanTestServer leshan() {
        return leshan;
    }

    public EventLog<SeenEvent> clientEvents() {
        return clientEvents;
    }

    /** Properties of a client of this harness's server over plain CoAP. */
    public Hashtable<String, Object> coapClient(String endpoint) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(ClientConfiguration.ENDPOINT, endpoint);
        properties.put(ClientConfiguration.SERVER_URI, leshan.coapUri().toString());
        return properties;
    }

    /** Properties of a client of this harness's server over DTLS with a pre-shared key. */
    public Hashtable<String, Object> pskClient(String endpoint, String identity, String hexKey) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(ClientConfiguration.ENDPOINT, endpoint);
        properties.put(ClientConfiguration.SERVER_URI, leshan.coapsUri().toString());
        properties.put(ClientConfiguration.PSK_IDENTITY, identity);
        properties.put(ClientConfiguration.PSK_KEY, hexKey);
        return properties;
    }

    /**
     * Creates a client configuration (a new factory configuration of {@link ClientConfiguration#FACTORY_PID})
     * and waits for the engine to publish that client's {@link LwM2mClient} service.
     */
    public Configuration configure(Dictionary<String, Object> properties)
            throws IOException, InterruptedException, InvalidSyntaxException {
        Configuration configuration = configAdmin.createFactoryConfiguration(ClientConfiguration.FACTORY_PID, "?");
        configuration.update(properties);
        synchronized (configurations) {
            configurations.add(configuration);
        }
        client((String) properties.get(ClientConfiguration.ENDPOINT));
        return configuration;
    }

    /** Configures a CoAP client and waits until it is registered (see {@link #awaitRegistered}). */
    public Registration registerCoapClient(String endpoint)
            throws IOException, InterruptedException, InvalidSyntaxException {
        configure(coapClient(endpoint));
        return awaitRegistered(endpoint);
    }

    /**
     * Waits until the server has the first registration of {@code endpoint} and the client has had the answer
     * (REGISTRATION_COMPLETE), so that what the test does next meets a registered client on both sides.
     */
    public Registration awaitRegistered(String endpoint) throws InterruptedException {
        Registration registration = leshan.registrations().next(r -> endpoint.equals(r.getEndpoint()));
        awaitEvent(endpoint, ClientEvent.REGISTRATION_COMPLETE, 0);
        return registration;
    }

    /**
     * Waits for a Registration Update of {@code endpoint} whose object links are as {@code wanted} says.
     *
     * @param what the wanted links in words, for the failure message ("with /3303/0")
     */
    public Update awaitUpdate(String endpoint, String what, Predicate<Link[]> wanted) throws InterruptedException {
        Arrivals<Update> updates = leshan.updates();
        return updates.poll(u -> u.registration().getEndpoint().equals(endpoint)
                        && wanted.test(u.registration().getObjectLinks()), Arrivals.TIMEOUT)
                .orElseThrow(() -> new AssertionError("no Registration Update of " + endpoint + " " + what
                        + " within " + Arrivals.TIMEOUT.toSeconds() + " s; updates: " + updates.all()));
    }

    /** Waits until the server sees {@code endpoint} de-register (an expiry or a replacement does not count). */
    public Registration awaitDeregistered(String endpoint) throws InterruptedException {
        return leshan.unregistrations()
                .next(u -> u.deregistered() && endpoint.equals(u.registration().getEndpoint()))
                .registration();
    }

    /** Deletes a client configuration, which stops that client. */
    public void delete(Configuration configuration) throws IOException {
        synchronized (configurations) {
            configurations.remove(configuration);
        }
        configuration.delete();
    }

    /**
     * The {@link LwM2mClient} service of a configured client, waiting for it to appear.
     *
     * @throws AssertionError if there is none within {@link #SERVICE_TIMEOUT}
     */
    public LwM2mClient client(String endpoint) throws InterruptedException, InvalidSyntaxException {
        Filter filter = context.createFilter("(&(" + Constants.OBJECTCLASS + "=" + LwM2mClient.class.getName()
                + ")(endpoint=" + endpoint + "))");
        ServiceTracker<LwM2mClient, LwM2mClient> tracker = new ServiceTracker<>(context, filter, null);
        tracker.open();
        synchronized (trackers) {
            trackers.add(tracker);
        }
        LwM2mClient client = tracker.waitForService(SERVICE_TIMEOUT.toMillis());
        if (client == null) {
            throw new AssertionError("no LwM2mClient service with endpoint=" + endpoint + " within "
                    + SERVICE_TIMEOUT.toSeconds() + " s: the engine did not pick up the client configuration");
        }
        return client;
    }

    /** The link with this target ("/3/0"), or null. */
    public static Link link(Link[] links, String target) {
        return Arrays.stream(links).filter(l -> target.equals(l.getUriReference())).findFirst().orElse(null);
    }

    /** Whether some link targets {@code target} or a path below it ("/3" matches "/3" and "/3/0"). */
    public static boolean hasLinkAtOrBelow(Link[] links, String target) {
        return Arrays.stream(links).map(Link::getUriReference)
                .anyMatch(t -> t.equals(target) || t.startsWith(target + "/"));
    }

    /** The value of a link's attribute as written in link format (without quotes), or null. */
    public static String attribute(Link link, String name) {
        Attribute attribute = link.getAttributes().get(name);
        if (attribute == null || !attribute.hasValue()) {
            return null;
        }
        String value = attribute.getCoreLinkValue();
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1)
                : value;
    }

    /** The links in link format, for assertion messages. */
    public static String describe(Link[] links) {
        return Arrays.toString(Arrays.stream(links).map(Link::toCoreLinkFormat).toArray());
    }

    /** Waits for {@code endpoint} to report {@code event} after {@code mark} (see {@link EventLog#mark()}). */
    public SeenEvent awaitEvent(String endpoint, ClientEvent event, int mark) throws InterruptedException {
        return clientEvents.awaitAfter(mark, e -> e.endpoint().equals(endpoint) && e.event() == event,
                Arrivals.TIMEOUT);
    }

    /**
     * Deletes every configuration this harness created and waits for each client to stop (DISCONNECT, after its
     * De-register got an answer), then stops listening and destroys the server.
     */
    @Override
    public void close() throws IOException {
        List<Configuration> remaining;
        synchronized (configurations) {
            remaining = new ArrayList<>(configurations);
            configurations.clear();
        }
        try {
            for (Configuration configuration : remaining) {
                String endpoint = (String) configuration.getProperties().get(ClientConfiguration.ENDPOINT);
                int mark = clientEvents.mark();
                configuration.delete();
                // the server must still answer a De-register, or the client stalls until its timeout
                awaitEvent(endpoint, ClientEvent.DISCONNECT, mark);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            synchronized (trackers) {
                trackers.forEach(ServiceTracker::close);
                trackers.clear();
            }
            listenerRegistration.unregister();
            leshan.close();
        }
    }
}
