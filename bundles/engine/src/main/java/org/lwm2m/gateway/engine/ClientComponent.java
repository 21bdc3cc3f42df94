package org.lwm2m.gateway.engine;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

import org.lwm2m.gateway.api.ContentFormats;
import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.client.ClientConfiguration;
import org.lwm2m.gateway.api.client.ClientEventListener;
import org.lwm2m.gateway.api.client.ClientSettings;
import org.lwm2m.gateway.api.client.ExecuteCallback;
import org.lwm2m.gateway.api.client.LwM2mClient;
import org.lwm2m.gateway.api.client.ServerRegistration;
import org.lwm2m.gateway.api.codec.LinkCodec;
import org.lwm2m.gateway.api.codec.NodeCodec;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.node.LwM2mNode;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.lwm2m.gateway.api.object.Requester;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One LwM2M client per configuration of the factory PID {@value ClientConfiguration#FACTORY_PID}: registered as
 * the {@link LwM2mClient} service (with the configuration's {@code endpoint} property), it serves the objects of
 * the providers that belong to it and keeps one registration per management server.
 */
@Designate(ocd = ClientConfig.class, factory = true)
@Component(service = LwM2mClient.class, immediate = true, configurationPid = ClientConfiguration.FACTORY_PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
public class ClientComponent implements LwM2mClient {

    private static final Logger LOG = LoggerFactory.getLogger(ClientComponent.class);

    private final Executor callbacks;
    private final ScheduledExecutorService timers;
    private final DispatcherFactory dispatchers;
    private final ClientObjects objects;
    private final InstalledCodecs codecs = new InstalledCodecs();
    private final ClaimedCallbacks claims = new ClaimedCallbacks();
    private final List<ClientEventListener> whiteboard = new CopyOnWriteArrayList<>();
    private final ClientEvents events;
    private final LocalValues values;
    private final ServerRegistrations registrations;
    private final ClientRequestContext context;
    private final Sender sender;
    /** Why the configuration was refused, while it is; the client has no registration then. */
    private volatile String refusal;

    /**
     * A client from its configuration, checked by {@link ClientSettings}. A refused configuration makes a client
     * that never registers and says why in one line at activation.
     */
    @Activate
    public ClientComponent(@Reference(name = "executors") EngineExecutors executors, Map<String, Object> config,
            BundleContext bundle) {
        this(executors, nameOf(config), RegistrationTimings.DEFAULT, new ClientEndpointFactory(executors.scheduler(),
                blockTransfers(config)), RequestDispatcher::new, dataArea(bundle));
        this.refusal = refusal(config);
        if (refusal == null) {
            codecs.advertise(ClientSettings.of(config).contentFormats());
        }
    }

    ClientComponent(EngineExecutors executors, String endpoint, RegistrationTimings timings,
            ClientEndpointFactory endpoints, DispatcherFactory dispatchers) {
        this(executors, endpoint, timings, endpoints, dispatchers, null);
    }

    /** @param dataArea where the client keeps what a bootstrap server wrote, or null to keep nothing */
    ClientComponent(EngineExecutors executors, String endpoint, RegistrationTimings timings,
            ClientEndpointFactory endpoints, DispatcherFactory dispatchers, Path dataArea) {
        this.callbacks = executors.callbacks();
        this.timers = executors.scheduler();
        this.dispatchers = dispatchers;
        String name = checkedEndpoint(endpoint);
        this.objects = new ClientObjects(name);
        this.events = new ClientEvents(this, whiteboard);
        this.registrations = new ServerRegistrations(name, objects,
                new ServerSettingsReader(objects, timings.providerTimeout()), executors.callbacks(),
                (endpointName, shortServerId) -> new RegistrationClient(endpointName, shortServerId, objects, codecs,
                        executors, endpoints, this::newDispatcher, timings, event -> events.fire(shortServerId, event)),
                (endpointName, server) -> new BootstrapSession(endpointName, server, endpoints,
                        newDispatcher(Requester.BOOTSTRAP_SERVER), executors.scheduler(), preferredFormat(),
                        event -> events.fire(ClientEventListener.BOOTSTRAP_SERVER, event)),
                BootstrappedAccounts.fileFor(dataArea, name)
                        .map(file -> new BootstrappedAccounts(file, timings.providerTimeout()))
                        .orElse(BootstrappedAccounts.NONE));
        this.context = new ClientRequestContext(objects, codecs, claims, registrations);
        this.values = new LocalValues(context, timings.providerTimeout());
        this.sender = new Sender(context, registrations, new ServerSettingsReader(objects, timings.providerTimeout()));
    }

    @Activate
    void activate() {
        if (refusal != null) {
            LOG.error(refusal);
            return;
        }
        LOG.info("LwM2M client {} starting", endpoint());
        registrations.start();
    }

    /**
     * A changed configuration registers again, under the new endpoint name if it changed. A refused one stops the
     * client, with one line saying why, until a good one comes.
     */
    @Modified
    void modified(Map<String, Object> config) {
        String refused = refusal(config);
        if (refused != null) {
            LOG.error(refused);
            if (refusal == null) {
                registrations.stop();
            }
            refusal = refused;
            return;
        }
        codecs.advertise(ClientSettings.of(config).contentFormats());
        if (refusal != null) {
            refusal = null;
            String name = nameOf(config);
            objects.endpoint(name);
            registrations.reregister(name);
            LOG.info("LwM2M client {} starting", name);
            registrations.start();
            return;
        }
        reconfigure(nameOf(config));
    }

    /** The endpoint name of a configuration, or its PID when it has none (it is refused then). */
    private static String nameOf(Map<String, Object> config) {
        Object endpoint = config.get(ClientConfiguration.ENDPOINT);
        return endpoint != null && !endpoint.toString().isBlank() ? endpoint.toString().trim()
                : String.valueOf(config.get(Constants.SERVICE_PID));
    }

    /** How a configuration has large payloads travel; a refused one gets the defaults (it never registers). */
    private static ClientSettings.BlockTransfers blockTransfers(Map<String, Object> config) {
        try {
            return ClientSettings.of(config).blockTransfers();
        } catch (IllegalArgumentException e) {
            return ClientSettings.BlockTransfers.DEFAULT;
        }
    }

    /** The one line that says why a configuration is refused (never a key), or null if it is fine. */
    private static String refusal(Map<String, Object> config) {
        try {
            ClientSettings.of(config);
            return null;
        } catch (IllegalArgumentException e) {
            return "LwM2M client configuration " + config.get(Constants.SERVICE_PID) + " refused: " + e.getMessage()
                    + ". The client stays stopped until the configuration is fixed.";
        }
    }

    /**
     * A new endpoint name registers again from scratch; the rest of a configuration reaches the servers through
     * the Security and Server objects and the advertised formats, as Updates.
     */
    void reconfigure(String endpoint) {
        String name = checkedEndpoint(endpoint);
        if (name.equals(endpoint())) {
            return;
        }
        objects.endpoint(name);
        registrations.reregister(name);
    }

    @Deactivate
    void deactivate() {
        registrations.stop();
        objects.close();
        LOG.info("LwM2M client {} stopped", endpoint());
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindProvider(ObjectProvider provider, Map<String, Object> properties) {
        objects.add(provider, properties);
    }

    void updatedProvider(ObjectProvider provider, Map<String, Object> properties) {
        objects.update(provider, properties);
    }

    void unbindProvider(ObjectProvider provider) {
        objects.remove(provider);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindNodeCodec(NodeCodec codec) {
        codecs.addNodeCodec(codec);
    }

    void unbindNodeCodec(NodeCodec codec) {
        codecs.removeNodeCodec(codec);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindLinkCodec(LinkCodec codec) {
        codecs.addLinkCodec(codec);
    }

    void unbindLinkCodec(LinkCodec codec) {
        codecs.removeLinkCodec(codec);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindListener(ClientEventListener listener) {
        whiteboard.add(listener);
    }

    void unbindListener(ClientEventListener listener) {
        whiteboard.remove(listener);
    }

    @Override
    public String endpoint() {
        return registrations.endpointName();
    }

    @Override
    public List<ServerRegistration> registrations() {
        return registrations.status();
    }

    @Override
    public Value get(String path) throws LwM2mException {
        return values.get(path);
    }

    @Override
    public void set(String path, Object value) throws LwM2mException {
        values.set(path, value);
    }

    @Override
    public List<ObjectModel> objects() {
        return objects.providers().stream().map(ObjectProvider::model)
                .sorted(Comparator.comparingInt(ObjectModel::id)).toList();
    }

    @Override
    public LwM2mNode read(String path) throws LwM2mException {
        return values.read(path);
    }

    @Override
    public void execute(String path, String arguments) throws LwM2mException {
        values.execute(path, arguments);
    }

    @Override
    public AutoCloseable onExecute(String path, ExecuteCallback callback) {
        return claims.claim(path, callback);
    }

    @Override
    public void addListener(ClientEventListener listener) {
        events.add(listener);
    }

    @Override
    public void removeListener(ClientEventListener listener) {
        events.remove(listener);
    }

    @Override
    public void triggerUpdate() {
        registrations.triggerUpdate();
    }

    @Override
    public void bootstrap() throws LwM2mException {
        registrations.checkBootstrapAccount();
        registrations.bootstrap();
    }

    @Override
    public CompletionStage<Void> send(String... paths) {
        return sender.send(paths == null ? List.of() : Arrays.asList(paths));
    }

    @Override
    public String toString() {
        return "LwM2mClient[" + endpoint() + ", " + registrations() + "]";
    }

    /** What the client's request handling sees of it. */
    RequestContext requestContext() {
        return context;
    }

    /** The registration with one server, for tests that look at its endpoint. */
    RegistrationClient registrationWith(int shortServerId) {
        return registrations.registration(shortServerId).orElseThrow(
                () -> new IllegalStateException(endpoint() + " has no registration with server " + shortServerId));
    }

    /**
     * The engine bundle's own data area (in the framework's storage, which the gateway keeps), if it has one; none
     * outside a framework (a null context, in tests).
     */
    private static Path dataArea(BundleContext bundle) {
        File data = bundle == null ? null : bundle.getDataFile("");
        return data == null ? null : data.toPath();
    }

    /** The format a bootstrap server is asked to write in: SenML CBOR if it is installed, TLV otherwise. */
    private int preferredFormat() {
        return codecs.nodeCodec(ContentFormats.SENML_CBOR) != null ? ContentFormats.SENML_CBOR : ContentFormats.TLV;
    }

    private RequestDispatcher newDispatcher(Requester server) {
        return dispatchers.create(context, server, callbacks, timers);
    }

    private static String checkedEndpoint(String endpoint) {
        if (endpoint == null || endpoint.isBlank()) {
            throw new IllegalArgumentException("the client configuration has no endpoint name");
        }
        return endpoint.trim();
    }
}
