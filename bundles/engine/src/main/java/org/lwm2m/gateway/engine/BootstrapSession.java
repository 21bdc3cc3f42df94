package org.lwm2m.gateway.engine;

import java.io.IOException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.californium.core.coap.CoAP;
import org.eclipse.californium.core.coap.Request;
import org.eclipse.californium.core.network.CoapEndpoint;
import org.lwm2m.gateway.api.client.ClientEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client-initiated bootstrap (Transport §6.1.2): opens an endpoint towards the bootstrap server, sends the
 * Bootstrap-Request, and keeps the endpoint open for the server's writes and deletes until the Bootstrap-Finish
 * (handled by the dispatcher) or {@link #stop()}. A request that fails is sent again after a wait that doubles,
 * from 2 s to 2 min.
 */
final class BootstrapSession {

    private static final Logger LOG = LoggerFactory.getLogger(BootstrapSession.class);
    private static final long FIRST_RETRY_MILLIS = 2_000;
    private static final long LAST_RETRY_MILLIS = 120_000;

    private final String endpointName;
    private final ServerConnection connection;
    private final ClientEndpointFactory endpoints;
    private final RequestDispatcher dispatcher;
    private final ScheduledExecutorService scheduler;
    private final int preferredFormat;
    private final Consumer<ClientEvent> events;
    // guarded by this
    private CoapEndpoint endpoint;
    private ScheduledFuture<?> retry;
    private long retryMillis = FIRST_RETRY_MILLIS;
    private boolean stopped;

    BootstrapSession(String endpointName, ServerConnection connection, ClientEndpointFactory endpoints,
            RequestDispatcher dispatcher, ScheduledExecutorService scheduler, int preferredFormat,
            Consumer<ClientEvent> events) {
        this.endpointName = endpointName;
        this.connection = connection;
        this.endpoints = endpoints;
        this.dispatcher = dispatcher;
        this.scheduler = scheduler;
        this.preferredFormat = preferredFormat;
        this.events = events;
    }

    synchronized void start() {
        if (stopped) {
            return;
        }
        try {
            if (endpoint == null) {
                endpoint = endpoints.create(connection, dispatcher);
            }
        } catch (IOException | RuntimeException e) {
            retry("cannot open an endpoint for " + connection + ": " + e);
            return;
        }
        LOG.info("{}: asking the bootstrap server {} for its accounts", endpointName, connection.uri());
        Request request = RegistrationRequests.bootstrap(connection.uri(), endpointName, preferredFormat);
        request.addMessageObserver(new ExchangeOutcome.Observer(this::answered));
        endpoint.sendRequest(request);
    }

    private synchronized void answered(ExchangeOutcome outcome) {
        if (stopped) {
            return;
        }
        if (outcome instanceof ExchangeOutcome.Answered a && a.is(CoAP.ResponseCode.CHANGED)) {
            LOG.info("{}: the bootstrap server {} accepted the request", endpointName, connection.uri());
            retryMillis = FIRST_RETRY_MILLIS;
            events.accept(ClientEvent.BOOTSTRAP_REG_COMPLETE);
        } else {
            events.accept(outcome.networkError() ? ClientEvent.NETWORK_ERROR : ClientEvent.BOOTSTRAP_REG_FAILURE);
            retry("Bootstrap-Request to " + connection.uri() + " failed: " + outcome.describe());
        }
    }

    private void retry(String why) {
        LOG.warn("{}: {}; asking again in {} s", endpointName, why, retryMillis / 1000);
        try {
            retry = scheduler.schedule(this::start, retryMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.debug("{}: the engine is shutting down, no retry", endpointName);
        }
        retryMillis = Math.min(retryMillis * 2, LAST_RETRY_MILLIS);
    }

    /**
     * Ends the session: no more retries, and the endpoint closes once the last answer (the Finish's) is out.
     *
     * @param finished whether the bootstrap server finished (BOOTSTRAP_TRANSFER_COMPLETE), or the client stops in
     *                 the middle (DISCONNECT)
     */
    synchronized void stop(boolean finished) {
        if (stopped) {
            return;
        }
        stopped = true;
        events.accept(finished ? ClientEvent.BOOTSTRAP_TRANSFER_COMPLETE : ClientEvent.DISCONNECT);
        if (retry != null) {
            retry.cancel(false);
        }
        CoapEndpoint closing = endpoint;
        endpoint = null;
        if (closing != null) {
            try {
                scheduler.schedule(closing::destroy, 1, TimeUnit.SECONDS);
            } catch (RejectedExecutionException e) {
                closing.destroy();
            }
        }
        dispatcher.close();
    }
}
