package org.lwm2m.gateway.engine;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.LwM2mIds;
import org.lwm2m.gateway.api.LwM2mIds.Security;
import org.lwm2m.gateway.api.LwM2mIds.Server;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.ResponseCode;
import org.lwm2m.gateway.api.client.ClientConfiguration;
import org.lwm2m.gateway.api.client.ClientSettings;
import org.lwm2m.gateway.api.client.KeyEncodings;
import org.lwm2m.gateway.api.node.ResourceNode;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.lwm2m.gateway.api.object.Requester;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a client's server accounts from its objects: each Security instance of an LwM2M management server (one
 * that is not a bootstrap account) and the Server instance with the same short server id.
 */
final class ServerSettingsReader {

    private static final Logger LOG = LoggerFactory.getLogger(ServerSettingsReader.class);

    private final ClientObjects objects;
    private final Duration bound;

    ServerSettingsReader(ClientObjects objects, Duration bound) {
        this.objects = objects;
        this.bound = bound;
    }

    /**
     * The short server ids of the management servers the Security object holds accounts for (its instances that are
     * not bootstrap accounts), in instance order. An instance whose short server id cannot be read is left out.
     */
    SortedSet<Integer> shortServerIds() {
        SortedSet<Integer> ids = new TreeSet<>();
        ObjectProvider security = objects.provider(LwM2mIds.SECURITY);
        if (security == null) {
            return ids;
        }
        for (int id : security.instanceIds()) {
            try {
                if (!isBootstrapAccount(security, id)) {
                    ids.add((int) number(security, id, Security.SHORT_SERVER_ID, "Short Server ID"));
                }
            } catch (ServerSettingsException e) {
                LOG.debug("{} names no server: {}", LwM2mPath.of(LwM2mIds.SECURITY, id), e.getMessage());
            }
        }
        return ids;
    }

    /** Whether the Server instance of this short server id has Mute Send (1/x/23) on: then Send skips it. */
    boolean muted(int shortServerId) throws ServerSettingsException {
        ObjectProvider server = objects.provider(LwM2mIds.SERVER);
        if (server != null) {
            for (int id : server.instanceIds()) {
                Value v = value(server, id, Server.SHORT_SERVER_ID);
                if (v != null && asLong(v) == shortServerId) {
                    return value(server, id, Server.MUTE_SEND) instanceof Value.Bool mute && mute.value();
                }
            }
        }
        return false;
    }

    /**
     * The current settings of the management server with this short server id, or empty while its Security or
     * Server instance is missing.
     *
     * @throws ServerSettingsException if the instances are there but no registration can be made with them
     */
    Optional<ServerSettings> read(int shortServerId) throws ServerSettingsException {
        ObjectProvider security = objects.provider(LwM2mIds.SECURITY);
        ObjectProvider server = objects.provider(LwM2mIds.SERVER);
        if (security == null || server == null) {
            return Optional.empty();
        }
        Integer securityInstance = null;
        for (int id : security.instanceIds()) {
            Value ssid = value(security, id, Security.SHORT_SERVER_ID);
            if (ssid != null && asLong(ssid) == shortServerId && !isBootstrapAccount(security, id)) {
                securityInstance = id;
                break;
            }
        }
        if (securityInstance == null) {
            return Optional.empty();
        }
        ServerConnection connection = connection(security, securityInstance);
        for (int id : server.instanceIds()) {
            Value v = value(server, id, Server.SHORT_SERVER_ID);
            if (v != null && asLong(v) == shortServerId) {
                long lifetime = number(server, id, Server.LIFETIME, "Lifetime");
                if (lifetime <= 0) {
                    throw new ServerSettingsException(
                            "lifetime of " + LwM2mPath.of(LwM2mIds.SERVER, id) + " is not positive: " + lifetime);
                }
                Value binding = value(server, id, Server.BINDING);
                String b = binding instanceof Value.Str s && !s.value().isBlank()
                        ? s.value() : ClientConfiguration.DEFAULT_BINDING;
                return Optional.of(new ServerSettings(connection, shortServerId, id, lifetime, b));
            }
        }
        return Optional.empty();
    }

    /**
     * The bootstrap server's account: where to ask for a bootstrap. Empty if the Security object holds none, or the
     * one it holds cannot be used (which is logged at debug level).
     */
    Optional<ServerConnection> bootstrapConnection() {
        ObjectProvider security = objects.provider(LwM2mIds.SECURITY);
        if (security == null) {
            return Optional.empty();
        }
        for (int id : security.instanceIds()) {
            try {
                if (isBootstrapAccount(security, id)) {
                    return Optional.of(connection(security, id));
                }
            } catch (ServerSettingsException e) {
                LOG.debug("{} is no usable bootstrap account: {}", LwM2mPath.of(LwM2mIds.SECURITY, id),
                        e.getMessage());
            }
        }
        return Optional.empty();
    }

    private boolean isBootstrapAccount(ObjectProvider security, int id) throws ServerSettingsException {
        return value(security, id, Security.BOOTSTRAP_SERVER) instanceof Value.Bool b && b.value();
    }

    private ServerConnection connection(ObjectProvider security, int id) throws ServerSettingsException {
        Value uriValue = value(security, id, Security.SERVER_URI);
        if (!(uriValue instanceof Value.Str s) || s.value().isBlank()) {
            throw new ServerSettingsException(LwM2mPath.of(LwM2mIds.SECURITY, id) + " has no server URI");
        }
        URI uri;
        try {
            uri = ClientSettings.serverUri(s.value().trim());
        } catch (IllegalArgumentException e) {
            throw new ServerSettingsException(e.getMessage(), e);
        }
        long mode = number(security, id, Security.SECURITY_MODE, "Security Mode");
        if (mode == Security.MODE_NO_SEC) {
            if (!"coap".equals(uri.getScheme())) {
                throw new ServerSettingsException("security mode NoSec needs a coap:// URI, not " + uri);
            }
            return ServerConnection.plain(uri);
        }
        if (mode == Security.MODE_PSK) {
            if (!"coaps".equals(uri.getScheme())) {
                throw new ServerSettingsException("security mode PSK needs a coaps:// URI, not " + uri);
            }
            byte[] identity = opaque(security, id, Security.PUBLIC_KEY_OR_IDENTITY, "PSK identity");
            byte[] key = opaque(security, id, Security.SECRET_KEY, "PSK key");
            return ServerConnection.psk(uri, new String(identity, StandardCharsets.UTF_8), key);
        }
        if (mode == Security.MODE_RPK) {
            if (!"coaps".equals(uri.getScheme())) {
                throw new ServerSettingsException("security mode Raw Public Key needs a coaps:// URI, not " + uri);
            }
            try {
                return ServerConnection.rpk(uri, new ServerConnection.RawPublicKeys(
                        KeyEncodings.publicKey(opaque(security, id, Security.PUBLIC_KEY_OR_IDENTITY, "public key")),
                        KeyEncodings.privateKey(opaque(security, id, Security.SECRET_KEY, "private key")),
                        KeyEncodings.publicKey(opaque(security, id, Security.SERVER_PUBLIC_KEY, "server public key"))));
            } catch (IllegalArgumentException e) {
                throw new ServerSettingsException(LwM2mPath.of(LwM2mIds.SECURITY, id) + ": " + e.getMessage(), e);
            }
        }
        if (mode == Security.MODE_X509) {
            if (!"coaps".equals(uri.getScheme())) {
                throw new ServerSettingsException("security mode Certificate needs a coaps:// URI, not " + uri);
            }
            Value usage = value(security, id, Security.CERTIFICATE_USAGE);
            try {
                return ServerConnection.x509(uri, new ServerConnection.Certificates(
                        KeyEncodings.certificate(opaque(security, id, Security.PUBLIC_KEY_OR_IDENTITY, "certificate")),
                        KeyEncodings.privateKey(opaque(security, id, Security.SECRET_KEY, "private key")),
                        KeyEncodings.certificate(opaque(security, id, Security.SERVER_PUBLIC_KEY,
                                "server certificate")),
                        usage == null ? Security.USAGE_DOMAIN_ISSUED_CERTIFICATE : asLong(usage)));
            } catch (IllegalArgumentException e) {
                throw new ServerSettingsException(LwM2mPath.of(LwM2mIds.SECURITY, id) + ": " + e.getMessage(), e);
            }
        }
        throw new ServerSettingsException("security mode " + mode
                + " is not supported (only NoSec, PSK, Raw Public Key and Certificate)");
    }

    private long number(ObjectProvider provider, int instance, int resource, String name)
            throws ServerSettingsException {
        Value v = value(provider, instance, resource);
        if (v instanceof Value.Int || v instanceof Value.Unsigned) {
            return asLong(v);
        }
        throw new ServerSettingsException(path(provider, instance, resource) + " (" + name + ") is missing");
    }

    private byte[] opaque(ObjectProvider provider, int instance, int resource, String name)
            throws ServerSettingsException {
        Value v = value(provider, instance, resource);
        if (v instanceof Value.Opaque o && o.length() > 0) {
            return o.value();
        }
        if (v instanceof Value.Str s && !s.value().isEmpty()) {
            return s.value().getBytes(StandardCharsets.UTF_8);
        }
        throw new ServerSettingsException(path(provider, instance, resource) + " (" + name + ") is missing");
    }

    /** The value of a single resource, or null if the instance lacks it. */
    private Value value(ObjectProvider provider, int instance, int resource) throws ServerSettingsException {
        if (!provider.resourceIds(instance).contains(resource)) {
            return null;
        }
        try {
            ResourceNode node = ProviderWait.await(provider.read(Requester.SYSTEM, instance, resource), bound);
            return node instanceof SingleResource r ? r.value() : null;
        } catch (LwM2mException e) {
            if (e.code() == ResponseCode.NOT_FOUND) {
                return null;
            }
            throw ServerSettingsException.unreadable("cannot read " + path(provider, instance, resource) + ": "
                    + e.getMessage(), e);
        }
    }

    private static long asLong(Value v) {
        if (v instanceof Value.Int i) {
            return i.value();
        }
        if (v instanceof Value.Unsigned u) {
            return u.bits();
        }
        return Long.MIN_VALUE;
    }

    private static LwM2mPath path(ObjectProvider provider, int instance, int resource) {
        return LwM2mPath.of(provider.model().id(), instance, resource);
    }
}
