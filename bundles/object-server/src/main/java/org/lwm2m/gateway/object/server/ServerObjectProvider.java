package org.lwm2m.gateway.object.server;

import static org.lwm2m.gateway.api.LwM2mIds.Server.BINDING;
import static org.lwm2m.gateway.api.LwM2mIds.Server.BOOTSTRAP_REQUEST_TRIGGER;
import static org.lwm2m.gateway.api.LwM2mIds.Server.DEFAULT_MAX_PERIOD;
import static org.lwm2m.gateway.api.LwM2mIds.Server.DEFAULT_MIN_PERIOD;
import static org.lwm2m.gateway.api.LwM2mIds.Server.DISABLE;
import static org.lwm2m.gateway.api.LwM2mIds.Server.DISABLE_TIMEOUT;
import static org.lwm2m.gateway.api.LwM2mIds.Server.LIFETIME;
import static org.lwm2m.gateway.api.LwM2mIds.Server.MUTE_SEND;
import static org.lwm2m.gateway.api.LwM2mIds.Server.NOTIFICATION_STORING;
import static org.lwm2m.gateway.api.LwM2mIds.Server.REGISTRATION_UPDATE_TRIGGER;
import static org.lwm2m.gateway.api.LwM2mIds.Server.SHORT_SERVER_ID;

import java.util.Map;
import java.util.function.LongUnaryOperator;

import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.LwM2mIds;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.client.Binding;
import org.lwm2m.gateway.api.client.ClientConfiguration;
import org.lwm2m.gateway.api.client.ClientSettings;
import org.lwm2m.gateway.api.client.ClientSettings.ServerAccount;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.node.ResourceNode;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.api.object.BootstrapManagedProvider;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.lwm2m.gateway.api.object.ValueInstance;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The LwM2M Server object (1, version 1.1) of one client: an instance per server of its configuration holds the
 * registration settings of that server; the bootstrap server may create and delete instances. Registered with the client's {@code endpoint} service property. Server writes are checked;
 * executes only succeed here, the engine acts on them (an Update after the Registration Update Trigger).
 * <p>
 * There is no modified method on purpose: a changed configuration re-creates the component, so the engine
 * re-reads the account from a fresh provider instead of tracking values a server may have written meanwhile.
 */
@Component(service = ObjectProvider.class, configurationPid = ClientConfiguration.FACTORY_PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
public class ServerObjectProvider extends BootstrapManagedProvider {

    /** Shared by the components of every client configuration, so the DDF is parsed once, not per client. */
    private static final ObjectModel MODEL = ObjectModel.standard(LwM2mIds.SERVER, "1.1");

    /** The Disable Timeout the DDF names as the default: one day. */
    static final long DEFAULT_DISABLE_TIMEOUT = 86400;

    private static final Logger LOG = LoggerFactory.getLogger(ServerObjectProvider.class);

    private final ClientSettings settings;

    /**
     * Builds one instance per server of the configuration, numbered in configuration order. A configuration that
     * {@link ClientSettings} refuses builds none: the client engine reports it, once.
     */
    @Activate
    public ServerObjectProvider(Map<String, Object> properties) {
        super(MODEL);
        ClientSettings checked = null;
        try {
            checked = ClientSettings.of(properties);
            int built = 0;
            for (ServerAccount server : checked.servers()) {
                putInstance(built, account(built, checked, server));
                built++;
                LOG.info("Server object for endpoint {}: short server id {}, lifetime {} s, binding {}",
                        checked.endpoint(), server.shortServerId(), server.lifetime(), server.binding());
            }
        } catch (IllegalArgumentException e) {
            LOG.debug("Server object: no account from a refused configuration: {}", e.getMessage());
        }
        this.settings = checked;
    }

    @Deactivate
    void deactivate() {
        instanceIds().forEach(this::removeInstance);
    }

    @Override
    protected ValueInstance emptyInstance(int instanceId) {
        return checked(new ValueInstance(model(), instanceId, resourceId -> fireValueChanged(instanceId, resourceId)),
                instanceId);
    }

    /** Instance {@code id}: the account of one server. */
    private ValueInstance account(int id, ClientSettings client, ServerAccount server) {
        return checked(new ValueInstance(model(), id, resourceId -> fireValueChanged(id, resourceId)), id)
                .set(SHORT_SERVER_ID, Value.of(server.shortServerId()))
                .set(LIFETIME, Value.of(server.lifetime()))
                .set(DEFAULT_MIN_PERIOD, Value.of(client.defaultMinPeriod()))
                .set(DEFAULT_MAX_PERIOD, Value.of(client.defaultMaxPeriod()))
                .set(DISABLE_TIMEOUT, Value.of(DEFAULT_DISABLE_TIMEOUT))
                .set(NOTIFICATION_STORING, Value.of(true))
                .set(BINDING, Value.of(server.binding().letters()))
                .set(MUTE_SEND, Value.of(false));
    }

    /** The checks of every account's writable values, and its executables (which the engine acts on). */
    private ValueInstance checked(ValueInstance account, int id) {
        String endpoint = settings == null ? "?" : settings.endpoint();
        return account.onWrite(SHORT_SERVER_ID, node -> checkInteger(node, ServerRules::shortServerId))
                .onWrite(LIFETIME, node -> checkInteger(node, ServerRules::lifetime))
                .onWrite(DEFAULT_MIN_PERIOD, node -> checkInteger(node, v -> ServerRules.period("pmin", v)))
                .onWrite(DEFAULT_MAX_PERIOD, node -> checkInteger(node, v -> ServerRules.period("pmax", v)))
                .onWrite(DISABLE_TIMEOUT, node -> checkInteger(node, v -> ServerRules.period("disable timeout", v)))
                .onWrite(NOTIFICATION_STORING, ServerObjectProvider::checkBoolean)
                .onWrite(BINDING, ServerObjectProvider::checkBinding)
                .onWrite(MUTE_SEND, ServerObjectProvider::checkBoolean)
                .onExecute(DISABLE, arguments -> LOG.info("Disable executed on {} of endpoint {}",
                        LwM2mPath.of(LwM2mIds.SERVER, id), endpoint))
                .onExecute(REGISTRATION_UPDATE_TRIGGER, arguments -> LOG.debug(
                        "Registration Update Trigger executed for endpoint {}", endpoint))
                .onExecute(BOOTSTRAP_REQUEST_TRIGGER, arguments -> LOG.info(
                        "Bootstrap-Request Trigger executed on {} of endpoint {}", LwM2mPath.of(LwM2mIds.SERVER, id),
                        endpoint));
    }

    private static void checkInteger(ResourceNode node, LongUnaryOperator rule) throws LwM2mException {
        if (!(node instanceof SingleResource single && single.value() instanceof Value.Int i)) {
            throw LwM2mException.badRequest("resource " + node.id() + " takes a single integer");
        }
        try {
            rule.applyAsLong(i.value());
        } catch (IllegalArgumentException e) {
            throw LwM2mException.badRequest(e.getMessage());
        }
    }

    private static void checkBoolean(ResourceNode node) throws LwM2mException {
        if (!(node instanceof SingleResource single && single.value() instanceof Value.Bool)) {
            throw LwM2mException.badRequest("resource " + node.id() + " takes a single boolean");
        }
    }

    private static void checkBinding(ResourceNode node) throws LwM2mException {
        if (!(node instanceof SingleResource single && single.value() instanceof Value.Str s)) {
            throw LwM2mException.badRequest("resource " + node.id() + " takes a single string");
        }
        try {
            new Binding(s.value());
        } catch (IllegalArgumentException e) {
            throw LwM2mException.badRequest(e.getMessage());
        }
    }
}
