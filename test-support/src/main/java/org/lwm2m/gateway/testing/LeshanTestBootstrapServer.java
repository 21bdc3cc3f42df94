package org.lwm2m.gateway.testing;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;

import org.eclipse.leshan.core.SecurityMode;
import org.eclipse.leshan.core.endpoint.Protocol;
import org.eclipse.leshan.server.bootstrap.BootstrapConfig;
import org.eclipse.leshan.server.bootstrap.BootstrapFailureCause;
import org.eclipse.leshan.server.bootstrap.BootstrapSession;
import org.eclipse.leshan.server.bootstrap.BootstrapSessionAdapter;
import org.eclipse.leshan.server.bootstrap.InMemoryBootstrapConfigStore;
import org.eclipse.leshan.server.bootstrap.InvalidConfigurationException;
import org.eclipse.leshan.server.bootstrap.LeshanBootstrapServer;
import org.eclipse.leshan.server.bootstrap.LeshanBootstrapServerBuilder;
import org.eclipse.leshan.server.californium.bootstrap.endpoint.CaliforniumBootstrapServerEndpointsProvider;
import org.eclipse.leshan.server.californium.bootstrap.endpoint.coap.CoapBootstrapServerProtocolProvider;
import org.eclipse.leshan.server.californium.bootstrap.endpoint.coaps.CoapsBootstrapServerProtocolProvider;
import org.eclipse.leshan.server.security.BootstrapSecurityStoreAdapter;
import org.eclipse.leshan.server.security.InMemorySecurityStore;

/**
 * A real Eclipse Leshan bootstrap server on loopback CoAP and CoAP over DTLS (free ports), for tests: what it writes
 * to each endpoint is set with {@link #provision}, pre-shared keys with {@link #addPsk}, and the bootstrap sessions
 * that fail are recorded.
 */
public final class LeshanTestBootstrapServer implements AutoCloseable {

    private final LeshanBootstrapServer server;
    private final InMemoryBootstrapConfigStore configs = new InMemoryBootstrapConfigStore();
    private final InMemorySecurityStore securityStore = new InMemorySecurityStore();
    private final Arrivals<BootstrapFailureCause> failures = new Arrivals<>("bootstrap failure");

    private LeshanTestBootstrapServer() {
        CaliforniumBootstrapServerEndpointsProvider.Builder endpoints =
                new CaliforniumBootstrapServerEndpointsProvider.Builder(new CoapBootstrapServerProtocolProvider(),
                        new CoapsBootstrapServerProtocolProvider());
        endpoints.addEndpoint(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), Protocol.COAP);
        endpoints.addEndpoint(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), Protocol.COAPS);
        LeshanBootstrapServerBuilder builder = new LeshanBootstrapServerBuilder();
        builder.setConfigStore(configs);
        builder.setSecurityStore(new BootstrapSecurityStoreAdapter(securityStore));
        builder.setEndpointsProviders(endpoints.build());
        server = builder.build();
        server.addListener(new BootstrapSessionAdapter() {
            @Override
            public void failed(BootstrapSession session, BootstrapFailureCause cause) {
                failures.add(cause);
            }
        });
        server.start();
    }

    public static LeshanTestBootstrapServer start() {
        return new LeshanTestBootstrapServer();
    }

    public URI coapUri() {
        return server.getEndpoint(Protocol.COAP).getURI();
    }

    public URI coapsUri() {
        return server.getEndpoint(Protocol.COAPS).getURI();
    }

    /** Lets {@code endpoint} bootstrap over coaps with this pre-shared key (and no other way). */
    public void addPsk(String endpoint, String identity, byte[] key) {
        LeshanPsk.add(securityStore, endpoint, identity, key);
    }

    /** The bootstrap sessions that failed, and why. */
    public Arrivals<BootstrapFailureCause> failures() {
        return failures;
    }

    /**
     * What {@code endpoint} gets: everything in /0 and /1 deleted, this server's own account kept, and one
     * management server over plain CoAP with its Server instance (none when {@code lifetime} is 0, which makes an
     * account that does not hold together).
     */
    public void provision(String endpoint, URI managementServer, int shortServerId, int lifetime) {
        provision(endpoint, managementServer, shortServerId, lifetime, false);
    }

    /**
     * As {@link #provision(String, URI, int, int)}; with {@code discoverFirst} the server first asks the client
     * which Security instance is its own account (Bootstrap-Discover) and numbers the accounts it writes around it.
     */
    public void provision(String endpoint, URI managementServer, int shortServerId, int lifetime,
            boolean discoverFirst) {
        BootstrapConfig config = withOwnAccount(discoverFirst);
        config.toDelete = List.of("/0", "/1");
        addAccount(config, 1, managementServer, shortServerId);
        if (lifetime > 0) {
            addServer(config, 0, shortServerId, lifetime);
        }
        add(endpoint, config);
    }

    /** An Access Control instance: the rights by short server id on one object instance (65535: the object). */
    public record Acl(int objectId, int instanceId, Map<Integer, Long> rights, int owner) {
    }

    /**
     * What {@code endpoint} gets: everything in /0, /1 and /2 deleted, this server's own account kept, an account
     * over plain CoAP for each management server (Security instance i + 1, Server instance i, in the order given),
     * and these Access Control instances (/2/0, /2/1, ...).
     */
    public void provision(String endpoint, Map<Integer, URI> managementServers, int lifetime, List<Acl> acls) {
        BootstrapConfig config = withOwnAccount(false);
        config.toDelete = List.of("/0", "/1", "/2");
        int index = 0;
        for (Map.Entry<Integer, URI> server : managementServers.entrySet()) {
            addAccount(config, index + 1, server.getValue(), server.getKey());
            addServer(config, index, server.getKey(), lifetime);
            index++;
        }
        for (int i = 0; i < acls.size(); i++) {
            Acl acl = acls.get(i);
            BootstrapConfig.ACLConfig instance = new BootstrapConfig.ACLConfig();
            instance.objectId = acl.objectId();
            instance.objectInstanceId = acl.instanceId();
            instance.acls = acl.rights();
            instance.AccessControlOwner = acl.owner();
            config.acls.put(i, instance);
        }
        add(endpoint, config);
    }

    private BootstrapConfig withOwnAccount(boolean discoverFirst) {
        BootstrapConfig config = new BootstrapConfig();
        config.autoIdForSecurityObject = discoverFirst;
        BootstrapConfig.ServerSecurity bootstrapAccount = new BootstrapConfig.ServerSecurity();
        bootstrapAccount.bootstrapServer = true;
        bootstrapAccount.uri = coapUri().toString();
        bootstrapAccount.securityMode = SecurityMode.NO_SEC;
        config.security.put(0, bootstrapAccount);
        return config;
    }

    private static void addAccount(BootstrapConfig config, int instanceId, URI managementServer, int shortServerId) {
        BootstrapConfig.ServerSecurity serverAccount = new BootstrapConfig.ServerSecurity();
        serverAccount.uri = managementServer.toString();
        serverAccount.serverId = shortServerId;
        serverAccount.securityMode = SecurityMode.NO_SEC;
        config.security.put(instanceId, serverAccount);
    }

    private static void addServer(BootstrapConfig config, int instanceId, int shortServerId, int lifetime) {
        BootstrapConfig.ServerConfig server = new BootstrapConfig.ServerConfig();
        server.shortId = shortServerId;
        server.lifetime = lifetime;
        config.servers.put(instanceId, server);
    }

    private void add(String endpoint, BootstrapConfig config) {
        try {
            configs.add(endpoint, config);
        } catch (InvalidConfigurationException e) {
            throw new IllegalArgumentException("Leshan refused the bootstrap configuration of " + endpoint, e);
        }
    }

    @Override
    public void close() {
        server.destroy();
    }
}
