package org.lwm2m.gateway.object.security;

import static org.lwm2m.gateway.api.LwM2mIds.Security.BOOTSTRAP_SERVER;
import static org.lwm2m.gateway.api.LwM2mIds.Security.PUBLIC_KEY_OR_IDENTITY;
import static org.lwm2m.gateway.api.LwM2mIds.Security.SECRET_KEY;
import static org.lwm2m.gateway.api.LwM2mIds.Security.SECURITY_MODE;
import static org.lwm2m.gateway.api.LwM2mIds.Security.SERVER_PUBLIC_KEY;
import static org.lwm2m.gateway.api.LwM2mIds.Security.SERVER_URI;
import static org.lwm2m.gateway.api.LwM2mIds.Security.SHORT_SERVER_ID;

import java.util.List;

import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.LwM2mIds;
import org.lwm2m.gateway.api.client.ClientConfiguration;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.node.ResourceNode;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.api.object.BaseObjectProvider;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.lwm2m.gateway.api.object.ValueInstance;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The LwM2M Security object (0, version 1.1) of one client: instance 0 describes the client's LwM2M server
 * account as its configuration gives it. Registered with the client's {@code endpoint} service property.
 * <p>
 * There is no modified method on purpose: a changed URI or credential is a new server account, so Declarative
 * Services re-creates the component and the engine sees a new provider.
 */
@Component(service = ObjectProvider.class, configurationPid = ClientConfiguration.FACTORY_PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
public class SecurityObjectProvider extends BaseObjectProvider {

    /** Shared by the components of every client configuration, so the DDF is parsed once, not per client. */
    private static final ObjectModel MODEL = ObjectModel.standard(LwM2mIds.SECURITY, "1.1");

    private static final Logger LOG = LoggerFactory.getLogger(SecurityObjectProvider.class);

    private final List<SecuritySettings> servers;

    /**
     * Validates the configuration and builds one instance per server, numbered in configuration order.
     *
     * @throws IllegalArgumentException if the configuration is invalid; the message never contains the key
     */
    @Activate
    public SecurityObjectProvider(SecurityConfig config) {
        super(MODEL);
        this.servers = SecuritySettings.from(config);
        for (int i = 0; i < servers.size(); i++) {
            SecuritySettings settings = servers.get(i);
            putInstance(i, account(i, settings));
            LOG.info("Security object for endpoint {}: server {} at {}, security mode {}{}", settings.endpoint(),
                    settings.shortServerId(), settings.serverUri(), settings.mode(),
                    settings.psk().map(p -> ", PSK identity " + p.identity()).orElse(""));
        }
    }

    @Deactivate
    void deactivate() {
        for (int i = 0; i < servers.size(); i++) {
            removeInstance(i);
        }
        LOG.debug("Security object for endpoint {} removed", servers.get(0).endpoint());
    }

    /** Instance {@code id}: the account of one server. */
    private ValueInstance account(int id, SecuritySettings settings) {
        ValueInstance account = new ValueInstance(model(), id, resourceId -> fireValueChanged(id, resourceId));
        account.set(SERVER_URI, Value.of(settings.serverUri().toString()))
                .set(BOOTSTRAP_SERVER, Value.of(false))
                .set(SECURITY_MODE, Value.of(settings.mode().code()))
                .set(PUBLIC_KEY_OR_IDENTITY, Value.of(settings.identityBytes()))
                .set(SERVER_PUBLIC_KEY, Value.of(new byte[0]))
                .set(SECRET_KEY, Value.of(settings.secretKey()))
                .set(SHORT_SERVER_ID, Value.of(settings.shortServerId()));
        account.onWrite(SERVER_URI, SecurityObjectProvider::requireServerUri)
                .onWrite(SECURITY_MODE, node -> requireRange(node, 0, 4))
                .onWrite(SHORT_SERVER_ID, node -> requireRange(node, 1, 65534));
        return account;
    }

    private static void requireServerUri(ResourceNode node) throws LwM2mException {
        if (!(node instanceof SingleResource single && single.value() instanceof Value.Str s)) {
            throw LwM2mException.badRequest("resource " + node.id() + " takes a single string");
        }
        try {
            SecuritySettings.serverUri(s.value().trim(), "");
        } catch (IllegalArgumentException e) {
            throw LwM2mException.badRequest(e.getMessage());
        }
    }

    private static void requireRange(ResourceNode node, long min, long max) throws LwM2mException {
        if (!(node instanceof SingleResource single && single.value() instanceof Value.Int i)) {
            throw LwM2mException.badRequest("resource " + node.id() + " takes a single integer");
        }
        if (i.value() < min || i.value() > max) {
            throw LwM2mException.badRequest("resource " + node.id() + " must be " + min + ".." + max
                    + ", not " + i.value());
        }
    }
}
