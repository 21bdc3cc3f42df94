package org.lwm2m.gateway.engine;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.californium.core.coap.CoAP;
import org.eclipse.californium.core.coap.Request;
import org.eclipse.californium.core.network.CoapEndpoint;
import org.eclipse.californium.elements.util.SerialExecutor;
import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.LwM2mIds;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.ResponseCode;
import org.lwm2m.gateway.api.client.ClientEvent;
import org.lwm2m.gateway.api.client.ClientState;
import org.lwm2m.gateway.api.client.ServerRegistration;
import org.lwm2m.gateway.api.codec.LinkCodec;
import org.lwm2m.gateway.api.link.Link;
import org.lwm2m.gateway.api.object.ObjectListener;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.lwm2m.gateway.api.object.Requester;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registration of one client with one of its LwM2M management servers, named by its short server id (LwM2M
 * 1.1 Transport §6.2, and Zephyr's RD client): waits for that server's Security and Server instances, registers, keeps the registration alive and up to date with Updates
 * (changes gathered over a short delay into one), registers again with backoff after failures, and de-registers
 * at stop.
 * <p>
 * Every step runs on a serial executor over the engine's shared callback pool (a step reads providers and tells
 * listeners), so the state below needs no lock and the events of a client arrive in order. Timers run on the
 * engine's scheduler and only hand a step over. A step never blocks on the network: requests complete through
 * callbacks.
 */
final class RegistrationClient {

    private static final Logger LOG = LoggerFactory.getLogger(RegistrationClient.class);

    /** How much longer than the de-register timeout {@link #stop()} waits for the serial steps to finish. */
    private static final long STOP_SLACK_MILLIS = 1000;

    private final ClientObjects objects;
    private final InstalledCodecs codecs;
    private final ScheduledExecutorService scheduler;
    private final SerialExecutor serial;
    private final ClientEndpointFactory endpoints;
    private final Function<Requester, RequestDispatcher> dispatchers;
    private final RegistrationTimings timings;
    private final Consumer<ClientEvent> events;
    private final ServerSettingsReader settingsReader;
    private final int shortServerId;
    private final AtomicReference<CoapEndpoint> endpoint = new AtomicReference<>();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final CompletableFuture<Void> disconnected = new CompletableFuture<>();
    private final AtomicBoolean reconcileScheduled = new AtomicBoolean();
    private final AtomicReference<ScheduledFuture<?>> pendingReconcile = new AtomicReference<>();
    private final ObjectListener objectListener = new ObjectListener() {
        @Override
        public void instancesChanged(ObjectProvider provider) {
            scheduleReconcile();
        }

        @Override
        public void valueChanged(ObjectProvider provider, LwM2mPath path) {
            if (path.objectId() == LwM2mIds.SECURITY || path.objectId() == LwM2mIds.SERVER) {
                scheduleReconcile();
            }
        }
    };
    private final Runnable codecListener = this::scheduleReconcile;

    // Touched only on the serial executor.
    /** Written only on the serial executor; volatile so that {@link #status()} can read it. */
    private volatile ServerSettings registered;
    private List<Link> registeredLinks;
    private Request inFlight;
    private ScheduledFuture<?> inFlightLimit;
    private Runnable afterRegister;
    private boolean dirty;
    private boolean forceUpdate;
    private boolean forceRegister;
    private boolean waitingForLinkCodec;
    private int failures;
    private ScheduledFuture<?> retryTimer;
    private ScheduledFuture<?> refreshTimer;

    private volatile String endpointName;
    private volatile ClientState state = ClientState.IDLE;
    private volatile String location;
    private volatile Instant lastUpdate;

    /**
     * @param dispatchers makes the dispatcher of every endpoint the client opens: it answers the requests of the
     *                    server it is given
     * @param events     told every event, on the serial executor
     */
    RegistrationClient(String endpointName, int shortServerId, ClientObjects objects, InstalledCodecs codecs, EngineExecutors executors,
            ClientEndpointFactory endpoints, Function<Requester, RequestDispatcher> dispatchers,
            RegistrationTimings timings, Consumer<ClientEvent> events) {
        this.endpointName = endpointName;
        this.shortServerId = shortServerId;
        this.objects = objects;
        this.codecs = codecs;
        this.scheduler = executors.scheduler();
        this.serial = new SerialExecutor(executors.callbacks());
        this.endpoints = endpoints;
        this.dispatchers = dispatchers;
        this.timings = timings;
        this.events = events;
        this.settingsReader = new ServerSettingsReader(objects, timings.providerTimeout());
    }

    /** Starts watching the objects and registers as soon as the server account is there. */
    void start() {
        objects.addListener(objectListener);
        codecs.addListener(codecListener);
        scheduleReconcile();
    }

    /**
     * Stops, waiting at most a little longer than the de-register timeout: see {@link #beginStop()}. The endpoint is
     * closed when this returns, even if the steps did not finish in time.
     */
    void stop() {
        CompletableFuture<Void> done = beginStop();
        long bound = timings.deregisterTimeout().toMillis() + STOP_SLACK_MILLIS;
        try {
            done.get(bound, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            LOG.warn("{}: stop did not complete within {} ms; closing the endpoint anyway", endpointName, bound);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeEndpoint();
            state = ClientState.STOPPED;
        }
    }

    /**
     * Starts stopping, without waiting: cancels every timer, de-registers if registered (a Register in flight first
     * gets its answer, so that a registration the server made is de-registered too), closes the endpoint and ends
     * with {@link ClientEvent#DISCONNECT}, all within the de-register timeout. Nothing of this client runs after.
     *
     * @return completes after DISCONNECT; every call returns the same
     */
    CompletableFuture<Void> beginStop() {
        if (!stopped.compareAndSet(false, true)) {
            return disconnected;
        }
        objects.removeListener(objectListener);
        codecs.removeListener(codecListener);
        cancel(pendingReconcile.getAndSet(null));
        if (!exec(this::shutdown)) {
            // No step can run any more, so this thread tells what the steps would have told.
            closeEndpoint();
            state = ClientState.STOPPED;
            if (location != null) {
                events.accept(ClientEvent.DEREGISTER_FAILURE);
            }
            events.accept(ClientEvent.DISCONNECT);
            disconnected.complete(null);
        }
        return disconnected;
    }

    /** Sends an Update now, or a Register now if not registered (also cutting a retry wait short). */
    void triggerUpdate() {
        exec(() -> {
            forceUpdate = true;
            cancelRetry();
            reconcile();
        });
    }

    /**
     * Sends an Update soon, even if nothing changed, if this registration's account is Server instance
     * {@code serverInstanceId} (a server executed its Registration Update Trigger).
     */
    void requestUpdate(int serverInstanceId) {
        exec(() -> {
            ServerSettings current = registered;
            if (current != null && current.serverInstanceId() == serverInstanceId) {
                forceUpdate = true;
                reconcile();
            }
        });
    }

    /** Registers again soon, from scratch, under {@code newEndpointName} (a configuration change). */
    void reregister(String newEndpointName) {
        exec(() -> {
            endpointName = newEndpointName;
            forceRegister = true;
        });
        scheduleReconcile();
    }

    /** Looks at the objects again soon: the server account or the object list may have changed. */
    void scheduleReconcile() {
        if (stopped.get() || !reconcileScheduled.compareAndSet(false, true)) {
            return;
        }
        ScheduledFuture<?> f = schedule(() -> {
            reconcileScheduled.set(false);
            exec(this::reconcile);
        }, timings.coalesce().toMillis());
        if (f == null) {
            reconcileScheduled.set(false);
        } else {
            pendingReconcile.set(f);
            if (stopped.get()) {
                // beginStop() ran between the check above and now: its cancel missed this timer.
                cancel(pendingReconcile.getAndSet(null));
            }
        }
    }

    String endpointName() {
        return endpointName;
    }

    int shortServerId() {
        return shortServerId;
    }

    /** Where this registration stands, as applications see it. */
    ServerRegistration status() {
        ServerSettings current = registered;
        return new ServerRegistration(shortServerId,
                current == null ? Optional.empty() : Optional.of(current.connection().uri()), state,
                Optional.ofNullable(location), Optional.ofNullable(lastUpdate));
    }

    /**
     * Sends values to this server (POST /dp) while registered, beside the registration's own exchanges; completes
     * when the server answered 2.04 Changed.
     */
    CompletableFuture<Void> send(int contentFormat, byte[] payload) {
        CoapEndpoint e = endpoint.get();
        ServerSettings current = registered;
        if (e == null || current == null || (state != ClientState.REGISTERED && state != ClientState.UPDATING)) {
            return CompletableFuture.failedFuture(new LwM2mException(ResponseCode.SERVICE_UNAVAILABLE,
                    endpointName + " is not registered with server " + shortServerId));
        }
        Request request = RegistrationRequests.send(current.connection().uri(), contentFormat, payload);
        CompletableFuture<Void> done = new CompletableFuture<>();
        request.addMessageObserver(new ExchangeOutcome.Observer(outcome -> {
            if (outcome instanceof ExchangeOutcome.Answered answered && answered.is(CoAP.ResponseCode.CHANGED)) {
                done.complete(null);
            } else {
                done.completeExceptionally(new LwM2mException(sendRefusal(outcome), "Send to server "
                        + shortServerId + ": " + (outcome instanceof ExchangeOutcome.Answered answered
                                ? "answered " + answered.response().getCode() : outcome.getClass().getSimpleName())));
            }
        }));
        e.sendRequest(request);
        return done;
    }

    /** The LwM2M code of a Send the server did not take: its own answer, or 5.03 when it gave none. */
    private static ResponseCode sendRefusal(ExchangeOutcome outcome) {
        if (outcome instanceof ExchangeOutcome.Answered answered) {
            CoAP.ResponseCode code = answered.response().getCode();
            for (ResponseCode candidate : ResponseCode.values()) {
                if (candidate.codeClass() == code.codeClass && candidate.detail() == code.codeDetail) {
                    return candidate;
                }
            }
            return ResponseCode.INTERNAL_SERVER_ERROR;
        }
        return ResponseCode.SERVICE_UNAVAILABLE;
    }

    /** The local address of the client's endpoint, while it has one. */
    Optional<InetSocketAddress> localAddress() {
        CoapEndpoint e = endpoint.get();
        return e == null ? Optional.empty() : Optional.ofNullable(e.getAddress());
    }

    /** Compares what is registered with what should be, and starts the one step that brings them closer. */
    private void reconcile() {
        if (stopped.get()) {
            return;
        }
        if (inFlight != null) {
            dirty = true;
            return;
        }
        dirty = false;
        Optional<ServerSettings> read;
        try {
            read = settingsReader.read(shortServerId);
        } catch (ServerSettingsException e) {
            if (e.unreadable()) {
                LOG.warn("{}: {}; looking again in {} ms", endpointName, e.getMessage(), retryLater());
                return;
            }
            LOG.error("{}: cannot register: {}", endpointName, e.getMessage());
            leave(ClientEvent.REGISTRATION_FAILURE);
            return;
        }
        if (read.isEmpty()) {
            LOG.debug("{}: waiting for its Security and Server instances", endpointName);
            leave(null);
            return;
        }
        ServerSettings settings = read.get();
        LinkCodec linkCodec = codecs.linkCodec();
        if (linkCodec == null && location == null) {
            if (!waitingForLinkCodec) {
                LOG.info("{}: waiting for a link-format codec to list its objects", endpointName);
            }
            waitingForLinkCodec = true;
            return;
        }
        waitingForLinkCodec = false;
        List<Link> links = RegistrationLinks.of(objects.providers(), codecs.advertisedFormats());
        // Without a link codec a registered client still keeps its registration alive, just without new links.
        boolean linksChanged = linkCodec != null && !links.equals(registeredLinks);
        if (location == null) {
            if (retryTimer != null && !forceUpdate) {
                return;
            }
            cancelRetry();
            register(settings, links, linkCodec);
        } else if (forceRegister || !settings.connection().equals(registered.connection())) {
            forceRegister = false;
            deregister(timings.deregisterTimeout().toMillis(), this::reconcile);
        } else if (forceUpdate || linksChanged || settings.lifetime() != registered.lifetime()
                || !settings.binding().equals(registered.binding())) {
            update(settings, linksChanged ? links : null, linkCodec);
        }
    }

    private void register(ServerSettings settings, List<Link> links, LinkCodec linkCodec) {
        forceUpdate = false;
        forceRegister = false;
        cancelRefresh();
        closeEndpoint();
        try {
            endpoint.set(endpoints.create(settings.connection(),
                    dispatchers.apply(Requester.server(settings.shortServerId()))));
        } catch (IOException | RuntimeException e) {
            failed(ClientEvent.NETWORK_ERROR, "cannot open an endpoint for " + settings.connection() + ": " + e);
            return;
        }
        state = ClientState.REGISTERING;
        LOG.info("{}: registering with {} over {} (server {}, lifetime {} s)", endpointName,
                settings.connection().uri(), settings.connection().secure() ? "DTLS with a pre-shared key" : "UDP",
                settings.shortServerId(), settings.lifetime());
        Request request;
        try {
            request = RegistrationRequests.register(settings, endpointName, linkCodec.encode(links));
        } catch (IllegalArgumentException e) {
            failed(ClientEvent.NETWORK_ERROR, "cannot address " + settings.connection() + ": " + e.getMessage());
            return;
        }
        send(request, outcome -> registered(outcome, settings, links));
    }

    private void registered(ExchangeOutcome outcome, ServerSettings settings, List<Link> links) {
        if (outcome instanceof ExchangeOutcome.Answered a && a.is(CoAP.ResponseCode.CREATED)
                && !a.response().getOptions().getLocationPath().isEmpty()) {
            location = "/" + String.join("/", a.response().getOptions().getLocationPath());
            registered = settings;
            registeredLinks = links;
            failures = 0;
            forceUpdate = false;
            lastUpdate = Instant.now();
            state = ClientState.REGISTERED;
            scheduleRefresh(settings.lifetime());
            LOG.info("{}: registered with {} as {}", endpointName, settings.connection(), location);
            events.accept(ClientEvent.REGISTRATION_COMPLETE);
        } else if (stopped.get()) {
            // Stopping: no retry, and no failure to report on top of the DISCONNECT that follows.
            LOG.info("{}: stopped before Register with {} succeeded: {}", endpointName, settings.connection(),
                    outcome.describe());
            forget();
            closeEndpoint();
            state = ClientState.IDLE;
        } else {
            failed(outcome.networkError() ? ClientEvent.NETWORK_ERROR : ClientEvent.REGISTRATION_FAILURE,
                    "Register with " + settings.connection() + " failed: " + outcome.describe());
        }
        Runnable next = afterRegister;
        afterRegister = null;
        if (next != null) {
            next.run();
        }
    }

    /** Sends an Update with what changed: lifetime, binding, and the links unless {@code newLinks} is null. */
    private void update(ServerSettings settings, List<Link> newLinks, LinkCodec linkCodec) {
        Long lifetime = settings.lifetime() != registered.lifetime() ? settings.lifetime() : null;
        String binding = settings.binding().equals(registered.binding()) ? null : settings.binding();
        byte[] payload = newLinks == null ? null : linkCodec.encode(newLinks);
        List<Link> links = newLinks == null ? registeredLinks : newLinks;
        forceUpdate = false;
        cancelRefresh();
        state = ClientState.UPDATING;
        events.accept(ClientEvent.REG_UPDATE);
        Request request;
        try {
            request = RegistrationRequests.update(registered.connection().uri(), location, lifetime, binding, payload);
        } catch (IllegalArgumentException e) {
            updated(new ExchangeOutcome.Failed(e), settings, links);
            return;
        }
        send(request, outcome -> updated(outcome, settings, links));
    }

    private void updated(ExchangeOutcome outcome, ServerSettings settings, List<Link> links) {
        if (outcome instanceof ExchangeOutcome.Answered a && a.is(CoAP.ResponseCode.CHANGED)) {
            registered = settings;
            registeredLinks = links;
            failures = 0;
            lastUpdate = Instant.now();
            state = ClientState.REGISTERED;
            scheduleRefresh(settings.lifetime());
            LOG.debug("{}: registration {} updated", endpointName, location);
            events.accept(ClientEvent.REG_UPDATE_COMPLETE);
        } else if (outcome instanceof ExchangeOutcome.Answered a && a.is(CoAP.ResponseCode.NOT_FOUND)) {
            LOG.info("{}: the server no longer knows registration {}; registering again", endpointName, location);
            forget();
            state = ClientState.IDLE;
            events.accept(ClientEvent.REG_TIMEOUT);
            reconcile();
        } else {
            failed(outcome.networkError() ? ClientEvent.NETWORK_ERROR : ClientEvent.REG_TIMEOUT,
                    "Update of " + location + " failed: " + outcome.describe());
        }
    }

    /** De-registers, waiting at most {@code boundMillis}, then closes the endpoint and runs {@code then}. */
    private void deregister(long boundMillis, Runnable then) {
        cancelRefresh();
        state = ClientState.DEREGISTERING;
        Request request;
        try {
            request = RegistrationRequests.deregister(registered.connection().uri(), location);
        } catch (IllegalArgumentException e) {
            LOG.warn("{}: cannot address De-register of {}: {}", endpointName, location, e.getMessage());
            deregistered(false, then);
            return;
        }
        send(request, outcome -> {
            boolean ok = outcome instanceof ExchangeOutcome.Answered a && a.is(CoAP.ResponseCode.DELETED);
            if (!ok) {
                LOG.warn("{}: De-register of {} failed: {}", endpointName, location, outcome.describe());
            }
            deregistered(ok, then);
        });
        limit(request, "the De-register of " + location, boundMillis);
    }

    private void deregistered(boolean ok, Runnable then) {
        LOG.info("{}: de-registered {}", endpointName, location);
        forget();
        closeEndpoint();
        state = ClientState.IDLE;
        events.accept(ok ? ClientEvent.DEREGISTER : ClientEvent.DEREGISTER_FAILURE);
        then.run();
    }

    /** Gives up the registration, if any, and waits in IDLE for the objects to change. */
    private void leave(ClientEvent event) {
        cancelRetry();
        failures = 0;
        if (location != null) {
            deregister(timings.deregisterTimeout().toMillis(), () -> fire(event));
        } else {
            closeEndpoint();
            state = ClientState.IDLE;
            fire(event);
        }
    }

    /** The stop sequence of {@link #beginStop()}, bounded as a whole by the de-register timeout. */
    private void shutdown() {
        cancelRetry();
        cancelRefresh();
        long deadline = System.nanoTime() + timings.deregisterTimeout().toNanos();
        Runnable leave = () -> {
            if (location != null) {
                deregister(millisLeft(deadline), this::disconnect);
            } else {
                disconnect();
            }
        };
        if (inFlight != null && state == ClientState.REGISTERING) {
            // The server may have taken the Register already: its answer tells whether there is one to de-register.
            afterRegister = leave;
            limit(inFlight, "the Register in flight", millisLeft(deadline));
        } else {
            cancelInFlight();
            leave.run();
        }
    }

    private void disconnect() {
        closeEndpoint();
        state = ClientState.STOPPED;
        events.accept(ClientEvent.DISCONNECT);
        disconnected.complete(null);
    }

    /** Gives up the registration after {@code reason}, in one line with the time of the next attempt. */
    private void failed(ClientEvent event, String reason) {
        forget();
        closeEndpoint();
        state = ClientState.IDLE;
        events.accept(event);
        long delay = retryLater();
        LOG.warn("{}: {}; next attempt in {} s, at {}", endpointName, reason,
                String.format(Locale.ROOT, "%.1f", delay / 1000.0),
                LocalTime.now().plus(Duration.ofMillis(delay)).truncatedTo(ChronoUnit.SECONDS));
    }

    private void forget() {
        location = null;
        registered = null;
        registeredLinks = null;
    }

    /** Looks again after a backoff delay, keeping the registration (if any) as it is; returns the delay. */
    private long retryLater() {
        long delay = timings.retryDelayMillis(failures++, ThreadLocalRandom.current().nextDouble());
        cancel(retryTimer);
        retryTimer = schedule(() -> exec(() -> {
            retryTimer = null;
            reconcile();
        }), delay);
        return delay;
    }

    private void scheduleRefresh(long lifetimeSeconds) {
        cancel(refreshTimer);
        refreshTimer = stopped.get() ? null : schedule(() -> exec(() -> {
            refreshTimer = null;
            if (location != null) {
                forceUpdate = true;
                reconcile();
            }
        }), timings.updateDelayMillis(lifetimeSeconds));
    }

    /** Sends one of the client's requests; its outcome runs {@code handler} on the serial executor. */
    private void send(Request request, Consumer<ExchangeOutcome> handler) {
        CoapEndpoint e = endpoint.get();
        if (e == null) {
            handler.accept(new ExchangeOutcome.Failed(new IOException("no endpoint")));
            return;
        }
        inFlight = request;
        request.addMessageObserver(new ExchangeOutcome.Observer(outcome -> exec(() -> {
            if (inFlight != request) {
                return;
            }
            inFlight = null;
            cancel(inFlightLimit);
            inFlightLimit = null;
            handler.accept(outcome);
            if (dirty) {
                reconcile();
            }
        })));
        e.sendRequest(request);
    }

    /**
     * Cancels {@code request} if it is still in flight after {@code millis}; its handler then sees
     * {@link ExchangeOutcome.Cancelled}. Nothing happens if it is no longer in flight now (answered, or not sent).
     */
    private void limit(Request request, String what, long millis) {
        if (inFlight != request) {
            return;
        }
        cancel(inFlightLimit);
        inFlightLimit = schedule(() -> exec(() -> {
            if (inFlight == request) {
                LOG.warn("{}: gave up waiting for the answer to {} after {} ms, the time allowed for leaving a "
                        + "server", endpointName, what, millis);
                request.cancel();
            }
        }), millis);
    }

    /** Forgets the request in flight, so that its outcome runs no handler, and cancels it. */
    private void cancelInFlight() {
        Request pending = inFlight;
        inFlight = null;
        cancel(inFlightLimit);
        inFlightLimit = null;
        if (pending != null) {
            pending.cancel();
        }
    }

    private static long millisLeft(long deadlineNanos) {
        return Math.max(0, TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime()));
    }

    private void fire(ClientEvent event) {
        if (event != null) {
            events.accept(event);
        }
    }

    private void closeEndpoint() {
        CoapEndpoint e = endpoint.getAndSet(null);
        if (e != null) {
            e.destroy();
        }
    }

    private boolean exec(Runnable step) {
        try {
            serial.execute(() -> {
                try {
                    step.run();
                } catch (RuntimeException e) {
                    LOG.error("{}: registration step failed", endpointName, e);
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            LOG.debug("{}: engine executor is shut down", endpointName);
            return false;
        }
    }

    private ScheduledFuture<?> schedule(Runnable task, long delayMillis) {
        try {
            return scheduler.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.debug("{}: engine executor is shut down", endpointName);
            return null;
        }
    }

    private void cancelRetry() {
        cancel(retryTimer);
        retryTimer = null;
    }

    private void cancelRefresh() {
        cancel(refreshTimer);
        refreshTimer = null;
    }

    private static void cancel(ScheduledFuture<?> future) {
        if (future != null) {
            future.cancel(false);
        }
    }
}
