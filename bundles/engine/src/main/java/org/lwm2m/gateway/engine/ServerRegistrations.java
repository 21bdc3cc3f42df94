package org.lwm2m.gateway.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.californium.elements.util.SerialExecutor;
import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.LwM2mIds;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.client.ServerRegistration;
import org.lwm2m.gateway.api.object.ObjectListener;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registrations of one client, one per management server its Security and Server objects name: starts a
 * registration for each server account that appears and stops the one whose account goes. Each registration has
 * its own endpoint (socket or DTLS session), lifetime, location, timers and retries, so a server that fails or
 * goes away disturbs no other.
 */
final class ServerRegistrations {

    /** Makes the (not yet started) registration of a client with one server. */
    @FunctionalInterface
    interface Factory {
        RegistrationClient create(String endpointName, int shortServerId);
    }

    /** Makes the (not yet started) bootstrap of a client from its bootstrap server. */
    @FunctionalInterface
    interface BootstrapFactory {
        BootstrapSession create(String endpointName, ServerConnection bootstrapServer);
    }

    private static final Logger LOG = LoggerFactory.getLogger(ServerRegistrations.class);

    private final ClientObjects objects;
    private final ServerSettingsReader accounts;
    private final Factory factory;
    private final BootstrapFactory bootstraps;
    private final BootstrappedAccounts kept;
    private final SerialExecutor serial;
    private final AtomicBoolean restoring = new AtomicBoolean();
    private final Map<Integer, RegistrationClient> byServer = new ConcurrentSkipListMap<>();
    /** Registrations whose account went, until they have de-registered: {@link #stop()} waits for them too. */
    private final Set<RegistrationClient> leaving = ConcurrentHashMap.newKeySet();
    private final ObjectListener accountListener = new ObjectListener() {
        @Override
        public void instancesChanged(ObjectProvider provider) {
            // the Server object too: kept bootstrap accounts are written back once both objects are there
            if (provider.model().id() == LwM2mIds.SECURITY || provider.model().id() == LwM2mIds.SERVER) {
                sync();
            }
        }

        @Override
        public void valueChanged(ObjectProvider provider, LwM2mPath path) {
            if (path.objectId() == LwM2mIds.SECURITY) {
                sync();
            }
        }
    };

    // Guarded by this.
    private String endpointName;
    private boolean stopped;
    /** The bootstrap under way: while there is one, accounts the bootstrap server writes start no registration. */
    private BootstrapSession bootstrap;

    ServerRegistrations(String endpointName, ClientObjects objects, ServerSettingsReader accounts, Executor executor,
            Factory factory, BootstrapFactory bootstraps, BootstrappedAccounts kept) {
        this.endpointName = endpointName;
        this.objects = objects;
        this.accounts = accounts;
        this.factory = factory;
        this.bootstraps = bootstraps;
        this.kept = kept;
        this.serial = new SerialExecutor(executor);
    }

    /**
     * Starts (or, after {@link #stop()}, starts again) watching the Security object, and a registration for each
     * server account it holds now (at once, so that a started client has its registrations).
     */
    void start() {
        synchronized (this) {
            stopped = false;
        }
        objects.addListener(accountListener);
        syncNow();
    }

    /**
     * Stops every registration at once, and waits until each (and each still leaving) has de-registered or given
     * up, so that their last events reach the listeners before the client goes.
     */
    void stop() {
        List<RegistrationClient> all;
        BootstrapSession ending;
        synchronized (this) {
            stopped = true;
            all = new ArrayList<>(byServer.values());
            all.addAll(leaving);
            byServer.clear();
            ending = bootstrap;
            bootstrap = null;
        }
        if (ending != null) {
            ending.stop(false);
        }
        objects.removeListener(accountListener);
        all.forEach(RegistrationClient::beginStop);
        all.forEach(RegistrationClient::stop);
    }

    synchronized String endpointName() {
        return endpointName;
    }

    /** Every registration registers again, from scratch, under {@code newEndpointName}. */
    void reregister(String newEndpointName) {
        synchronized (this) {
            endpointName = newEndpointName;
        }
        byServer.values().forEach(r -> r.reregister(newEndpointName));
    }

    /** Every registration looks at its objects again soon (a server wrote a Server instance, say). */
    void reconcile() {
        byServer.values().forEach(RegistrationClient::scheduleReconcile);
    }

    /** Sends an Update to every server now, or a Register where not registered. */
    void triggerUpdate() {
        byServer.values().forEach(RegistrationClient::triggerUpdate);
    }

    /** Sends an Update soon to the server whose account is Server instance {@code serverInstanceId}. */
    void requestUpdate(int serverInstanceId) {
        byServer.values().forEach(r -> r.requestUpdate(serverInstanceId));
    }

    /** @throws LwM2mException 4.05 when there is no bootstrap server account to bootstrap from */
    void checkBootstrapAccount() throws LwM2mException {
        if (accounts.bootstrapConnection().isEmpty()) {
            throw LwM2mException.notAllowed("the client has no bootstrap server account to bootstrap from");
        }
    }

    /**
     * Bootstraps again (a server's Bootstrap-Request Trigger, or the application): leaves every server, then asks
     * the bootstrap server for the accounts, with which {@link #finishBootstrap()} registers. Does nothing while a
     * bootstrap is under way, or without a bootstrap server account.
     */
    void bootstrap() {
        try {
            serial.execute(this::bootstrapNow);
        } catch (RejectedExecutionException e) {
            LOG.debug("{}: engine executor is shut down", endpointName());
        }
    }

    private void bootstrapNow() {
        Optional<ServerConnection> bootstrapServer = accounts.bootstrapConnection();
        if (bootstrapServer.isEmpty()) {
            LOG.warn("{}: no bootstrap server account: not bootstrapping", endpointName());
            return;
        }
        List<RegistrationClient> gone;
        BootstrapSession session;
        synchronized (this) {
            if (stopped || bootstrap != null) {
                return;
            }
            gone = new ArrayList<>(byServer.values());
            byServer.clear();
            leaving.addAll(gone);
            session = bootstraps.create(endpointName, bootstrapServer.get());
            bootstrap = session;
        }
        LOG.info("{}: bootstrapping again with {}, leaving server(s) {}", endpointName(), bootstrapServer.get(),
                gone.stream().map(RegistrationClient::shortServerId).toList());
        CompletableFuture<?>[] leavings = gone.stream().map(r -> r.beginStop()
                .whenComplete((done, failure) -> leaving.remove(r))).toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(leavings).whenComplete((done, failure) -> {
            synchronized (this) {
                if (bootstrap == session) {
                    session.start();
                }
            }
        });
    }

    /** Where each registration stands, by short server id. */
    List<ServerRegistration> status() {
        return byServer.values().stream().map(RegistrationClient::status).toList();
    }

    /** The registration with the server of this short server id: for Send, and for tests of its endpoint. */
    Optional<RegistrationClient> registration(int shortServerId) {
        return Optional.ofNullable(byServer.get(shortServerId));
    }

    /** Brings the registrations in line with the server accounts, on the serial executor (accounts are read). */
    private void sync() {
        try {
            serial.execute(this::syncNow);
        } catch (RejectedExecutionException e) {
            LOG.debug("{}: engine executor is shut down", endpointName());
        }
    }

    private synchronized boolean bootstrapping() {
        return bootstrap != null;
    }

    /**
     * Ends the bootstrap under way if the accounts written hold together: at least one management server, each with
     * its Security and Server instance and settings a registration can use. The accounts are kept for the next
     * start, and the client registers.
     *
     * @return null when done, else why not (the bootstrap goes on)
     */
    String finishBootstrap() {
        synchronized (this) {
            if (bootstrap == null) {
                return "no bootstrap is under way";
            }
        }
        SortedSet<Integer> servers = accounts.shortServerIds();
        if (servers.isEmpty()) {
            return "no LwM2M server account: a Security instance that is not the bootstrap server's, with a Short "
                    + "Server ID, and its Server instance are needed";
        }
        for (int id : servers) {
            try {
                if (accounts.read(id).isEmpty()) {
                    return "server " + id + " has a Security instance but no Server instance with its Short Server ID";
                }
            } catch (ServerSettingsException e) {
                return "server " + id + ": " + e.getMessage();
            }
        }
        kept.save(objects);
        BootstrapSession ended;
        synchronized (this) {
            ended = bootstrap;
            bootstrap = null;
        }
        if (ended != null) {
            ended.stop(true);
        }
        LOG.info("{}: bootstrap finished, registering with server(s) {}", endpointName(), servers);
        sync();
        return null;
    }

    private void syncNow() {
        SortedSet<Integer> servers = accounts.shortServerIds();
        if (servers.isEmpty() && !bootstrapping()) {
            if (kept.waitingForObjects(objects) || !restoring.compareAndSet(false, true)) {
                // kept accounts wait for both objects, whose arrival syncs again; or another sync is writing them
                // back, and its own sync follows
                return;
            }
            try {
                if (kept.restore(objects)) {
                    servers = accounts.shortServerIds();
                }
            } finally {
                restoring.set(false);
            }
        }
        Optional<ServerConnection> bootstrapServer = servers.isEmpty() ? accounts.bootstrapConnection()
                : Optional.empty();
        List<RegistrationClient> gone = new ArrayList<>();
        synchronized (this) {
            if (stopped || bootstrap != null) {
                return;
            }
            if (servers.isEmpty() && byServer.isEmpty() && bootstrapServer.isPresent()) {
                bootstrap = bootstraps.create(endpointName, bootstrapServer.get());
                bootstrap.start();
                return;
            }
            for (Integer id : List.copyOf(byServer.keySet())) {
                if (!servers.contains(id)) {
                    RegistrationClient r = byServer.remove(id);
                    leaving.add(r);
                    gone.add(r);
                }
            }
            for (int id : servers) {
                if (!byServer.containsKey(id)) {
                    RegistrationClient added = factory.create(endpointName, id);
                    byServer.put(id, added);
                    added.start();
                }
            }
        }
        for (RegistrationClient r : gone) {
            LOG.info("{}: server {} has no account any more: leaving it", endpointName(), r.shortServerId());
            r.beginStop().whenComplete((done, failure) -> leaving.remove(r));
        }
    }
}
