package org.lwm2m.gateway.object.security;

import static org.lwm2m.gateway.api.LwM2mIds.Security.BOOTSTRAP_SERVER;
import static org.lwm2m.gateway.api.LwM2mIds.Security.PUBLIC_KEY_OR_IDENTITY;
import static org.lwm2m.gateway.api.LwM2mIds.Security.SECRET_KEY;
import static org.lwm2m.gateway.api.LwM2mIds.Security.SECURITY_MODE;
import static org.lwm2m.gateway.api.LwM2mIds.Security.SERVER_PUBLIC_KEY;
import static org.lwm2m.gateway.api.LwM2mIds.Security.SERVER_URI;
import static org.lwm2m.gateway.api.LwM2mIds.Security.SHORT_SERVER_ID;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.LwM2mIds;
import org.lwm2m.gateway.api.client.ClientConfiguration;
import org.lwm2m.gateway.api.client.ClientSettings;
import org.lwm2m.gateway.api.client.ClientSettings.BootstrapAccount;
import org.lwm2m.gateway.api.client.ClientSettings.Psk;
import org.lwm2m.gateway.api.client.ClientSettings.ServerAccount;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.node.ResourceNode;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.api.object.BootstrapManagedProvider;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.lwm2m.gateway.api.object.Requester;
import org.lwm2m.gateway.api.object.ValueInstance;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The LwM2M Security object (0, version 1.1) of one client: an instance per LwM2M server account its configuration
 * gives, then the bootstrap server's account if it names one; the bootstrap server may create and delete accounts
 * (never its own). Registered with the client's {@code endpoint} service property.
 * <p>
 * There is no modified method on purpose: a changed URI or credential is a new server account, so Declarative
 * Services re-creates the component and the engine sees a new provider.
 */
@Component(service = ObjectProvider.class, configurationPid = ClientConfiguration.FACTORY_PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
public class SecurityObjectProvider extends BootstrapManagedProvider {

    /** Shared by the components of every client configuration, so the DDF is parsed once, not per client. */
    private static final ObjectModel MODEL = ObjectModel.standard(LwM2mIds.SECURITY, "1.1");

    private static final Logger LOG = LoggerFactory.getLogger(SecurityObjectProvider.class);

    /** The id of the bootstrap server's account, if there is one: never deleted, not even by that server. */
    private final Integer bootstrapAccount;

    /**
     * Builds one instance per server of the configuration, numbered in configuration order, then the bootstrap
     * server's account. A configuration that {@link ClientSettings} refuses builds none: the client engine reports
     * it, once.
     */
    @Activate
    public SecurityObjectProvider(Map<String, Object> properties) {
        super(MODEL);
        Integer bootstrap = null;
        try {
            ClientSettings settings = ClientSettings.of(properties);
            List<ServerAccount> accounts = settings.servers();
            for (int i = 0; i < accounts.size(); i++) {
                ServerAccount server = accounts.get(i);
                putInstance(i, account(i, server));
                LOG.info("Security object for endpoint {}: server {} at {}, security mode {}{}", settings.endpoint(),
                        server.shortServerId(), server.uri(), server.securityMode(),
                        server.psk().map(p -> ", PSK identity " + p.identity()).orElse(""));
            }
            if (settings.bootstrapServer().isPresent()) {
                bootstrap = accounts.size();
                BootstrapAccount account = settings.bootstrapServer().get();
                putInstance(bootstrap, bootstrapAccount(bootstrap, account));
                LOG.info("Security object for endpoint {}: bootstrap server at {}, security mode {}{}",
                        settings.endpoint(), account.uri(), account.psk().isPresent() ? "PSK" : "NoSec",
                        account.psk().map(p -> ", PSK identity " + p.identity()).orElse(""));
            }
        } catch (IllegalArgumentException e) {
            LOG.debug("Security object: no account from a refused configuration: {}", e.getMessage());
        }
        this.bootstrapAccount = bootstrap;
    }

    @Deactivate
    void deactivate() {
        instanceIds().forEach(this::removeInstance);
    }

    @Override
    protected ValueInstance emptyInstance(int instanceId) {
        return checked(new ValueInstance(model(), instanceId, resourceId -> fireValueChanged(instanceId, resourceId)));
    }

    /** Every account but the bootstrap server's own may go. */
    @Override
    protected boolean canDelete(int instanceId) {
        return bootstrapAccount == null || instanceId != bootstrapAccount;
    }

    private ValueInstance bootstrapAccount(int id, BootstrapAccount account) {
        return credentials(emptyInstance(id), account.uri(), account.psk())
                .set(BOOTSTRAP_SERVER, Value.of(true));
    }

    /** Instance {@code id}: the account of one server. */
    private ValueInstance account(int id, ServerAccount server) {
        ValueInstance account = credentials(emptyInstance(id), server.uri(), server.psk())
                .set(BOOTSTRAP_SERVER, Value.of(false))
                .set(SHORT_SERVER_ID, Value.of(server.shortServerId()));
        server.rpk().ifPresent(rpk -> account.set(SECURITY_MODE, Value.of(LwM2mIds.Security.MODE_RPK))
                .set(PUBLIC_KEY_OR_IDENTITY, Value.of(rpk.publicKey()))
                .set(SERVER_PUBLIC_KEY, Value.of(rpk.serverPublicKey()))
                .set(SECRET_KEY, Value.of(rpk.privateKey())));
        server.x509().ifPresent(x509 -> account.set(SECURITY_MODE, Value.of(LwM2mIds.Security.MODE_X509))
                .set(PUBLIC_KEY_OR_IDENTITY, Value.of(x509.certificate()))
                .set(SERVER_PUBLIC_KEY, Value.of(x509.serverCertificate()))
                .set(SECRET_KEY, Value.of(x509.privateKey()))
                .set(LwM2mIds.Security.CERTIFICATE_USAGE, Value.of(x509.usage())));
        return account;
    }

    /** Where a server is and how the client proves itself to it: NoSec, or PSK. */
    private static ValueInstance credentials(ValueInstance account, URI uri, Optional<Psk> psk) {
        return account.set(SERVER_URI, Value.of(uri.toString()))
                .set(SECURITY_MODE, Value.of(psk.isPresent() ? LwM2mIds.Security.MODE_PSK
                        : LwM2mIds.Security.MODE_NO_SEC))
                .set(PUBLIC_KEY_OR_IDENTITY, Value.of(psk.map(Psk::identityBytes).orElse(new byte[0])))
                .set(SERVER_PUBLIC_KEY, Value.of(new byte[0]))
                .set(SECRET_KEY, Value.of(psk.map(Psk::key).orElse(new byte[0])));
    }

    /** The checks of every account's writable values. */
    private static ValueInstance checked(ValueInstance account) {
        return account.onWrite(SERVER_URI, SecurityObjectProvider::requireServerUri)
                .onWrite(SECURITY_MODE, node -> requireRange(node, 0, 4))
                .onWrite(SHORT_SERVER_ID, node -> requireRange(node, 1, Requester.MAX_SHORT_SERVER_ID));
    }

    private static void requireServerUri(ResourceNode node) throws LwM2mException {
        if (!(node instanceof SingleResource single && single.value() instanceof Value.Str s)) {
            throw LwM2mException.badRequest("resource " + node.id() + " takes a single string");
        }
        try {
            ClientSettings.serverUri(s.value().trim());
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
