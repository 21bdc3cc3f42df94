package org.lwm2m.gateway.engine;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.californium.core.coap.CoAP;
import org.eclipse.californium.core.coap.OptionSet;
import org.eclipse.californium.core.coap.Request;
import org.eclipse.californium.core.coap.Response;
import org.eclipse.californium.core.network.Exchange;
import org.eclipse.californium.core.server.MessageDeliverer;
import org.lwm2m.gateway.api.ContentFormats;
import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.LwM2mIds;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.ResponseCode;
import org.lwm2m.gateway.api.object.Requester;
import org.lwm2m.gateway.api.object.WriteMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers the requests an LwM2M server sends to one client (Read, Discover, Write, Execute, Create, Delete), and
 * hands the responses to the client's own requests back to them. Set on the client's CoAP endpoint.
 * <p>
 * Every request is handled on {@code executor} (the engine's callback pool), so providers and callbacks never run
 * on Californium's threads and a slow one cannot hold up retransmissions. Every request is answered exactly once:
 * an operation that fails answers with its LwM2M code and a short diagnostic, anything unexpected with 5.00,
 * anything slower than the timeout with 5.03. The timeout runs on {@code timers} (the engine's scheduler).
 */
final class RequestDispatcher implements MessageDeliverer {

    private static final Logger LOG = LoggerFactory.getLogger(RequestDispatcher.class);

    /** How long an operation may take before the server gets 5.03 instead of waiting for ever. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    /** Objects holding credentials (Security, OSCORE) that no management server may touch (Core §E.1). */
    private static final Set<Integer> CREDENTIAL_OBJECTS = Set.of(LwM2mIds.SECURITY, LwM2mIds.OSCORE);

    private final RequestContext context;
    private final Requester server;
    private final Executor executor;
    private final ScheduledExecutorService timers;
    private final Duration timeout;
    private final ReadOperation read;
    private final DiscoverOperation discover;
    private final WriteOperation write;
    private final ExecuteOperation execute;
    private final CreateOperation create;
    private final DeleteOperation delete;

    RequestDispatcher(RequestContext context, Requester server, Executor executor, ScheduledExecutorService timers) {
        this(context, server, executor, timers, DEFAULT_TIMEOUT);
    }

    /** @param server the management server whose requests this dispatcher answers */
    RequestDispatcher(RequestContext context, Requester server, Executor executor, ScheduledExecutorService timers,
            Duration timeout) {
        this.context = context;
        this.server = server;
        this.executor = executor;
        this.timers = timers;
        this.timeout = timeout;
        ContentNegotiation negotiation = new ContentNegotiation(context);
        this.read = new ReadOperation(negotiation);
        this.discover = new DiscoverOperation(context);
        this.write = new WriteOperation(context, negotiation);
        this.execute = new ExecuteOperation(context);
        this.create = new CreateOperation(negotiation);
        this.delete = new DeleteOperation();
    }

    @Override
    public void deliverRequest(Exchange exchange) {
        Request request = exchange.getRequest();
        CompletableFuture<Reply> reply;
        try {
            reply = CompletableFuture.supplyAsync(() -> handle(request), executor).thenCompose(stage -> stage);
        } catch (RejectedExecutionException e) {
            respond(exchange, Reply.error(ResponseCode.SERVICE_UNAVAILABLE, "client is shutting down"));
            return;
        }
        limit(reply);
        reply.whenComplete((r, failure) -> respond(exchange, failure == null ? r : failed(request, failure)));
    }

    /**
     * Fails {@code reply} with a TimeoutException unless it completes within the timeout. Not orTimeout: that
     * timer runs on a JDK thread that the engine does not own and that outlives it.
     */
    private void limit(CompletableFuture<Reply> reply) {
        try {
            ScheduledFuture<?> timer = timers.schedule(() -> reply.completeExceptionally(new TimeoutException()),
                    timeout.toMillis(), TimeUnit.MILLISECONDS);
            reply.whenComplete((r, failure) -> timer.cancel(false));
        } catch (RejectedExecutionException e) {
            reply.completeExceptionally(e);
        }
    }

    @Override
    public void deliverResponse(Exchange exchange, Response response) {
        exchange.getRequest().setResponse(response);
    }

    /** Parses and routes one request; checks that fail before any provider call answer at once. */
    private CompletableFuture<Reply> handle(Request request) {
        try {
            OptionSet options = request.getOptions();
            LwM2mPath path = RequestPaths.parse(options.getUriPath());
            if (CREDENTIAL_OBJECTS.contains(path.objectId()) && server.isManagementServer()) {
                throw new LwM2mException(ResponseCode.UNAUTHORIZED, "object " + path.objectId()
                        + " is only accessible to a bootstrap server");
            }
            if (path.isRoot()) {
                throw LwM2mException.notAllowed("operations on the root are not supported");
            }
            return route(request, options, path);
        } catch (LwM2mException e) {
            return CompletableFuture.completedFuture(Reply.error(e.code(), e.getMessage()));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private CompletableFuture<Reply> route(Request request, OptionSet options, LwM2mPath path)
            throws LwM2mException {
        CoAP.Code method = request.getCode();
        if (method == null) {
            throw LwM2mException.notAllowed("unsupported method");
        }
        int contentFormat = options.hasContentFormat() ? options.getContentFormat() : Reply.NO_FORMAT;
        byte[] payload = request.getPayload() == null ? new byte[0] : request.getPayload();
        switch (method) {
            case GET:
                int accept = options.hasAccept() ? options.getAccept() : Reply.NO_FORMAT;
                return accept == ContentFormats.LINK ? discover.discover(target(path))
                        : read.read(target(path), accept);
            case PUT:
                if (!options.hasContentFormat() && !options.getUriQuery().isEmpty()) {
                    throw LwM2mException.notAllowed("Write-Attributes is not supported");
                }
                return write.write(target(path), WriteMode.REPLACE, contentFormat, payload);
            case POST:
                return post(path, contentFormat, payload);
            case DELETE:
                return delete.delete(target(path));
            default:
                throw LwM2mException.notAllowed(method + " is not an LwM2M device management operation");
        }
    }

    /** POST is Create on an object, partial update on an instance or multiple resource, else Execute. */
    private CompletableFuture<Reply> post(LwM2mPath path, int contentFormat, byte[] payload) throws LwM2mException {
        Target target = target(path);
        if (path.isObject()) {
            return create.create(target, contentFormat, payload);
        }
        if (path.isObjectInstance()) {
            return write.write(target, WriteMode.UPDATE, contentFormat, payload);
        }
        if (path.isResource() && target.resource().multiple() && !target.resource().operations().isExecutable()) {
            return write.write(target, WriteMode.UPDATE, contentFormat, payload);
        }
        if (path.isResourceInstance()) {
            throw LwM2mException.notAllowed("POST is not defined on a resource instance");
        }
        return execute.execute(target, contentFormat, payload);
    }

    private Target target(LwM2mPath path) throws LwM2mException {
        return Target.resolve(context, server, path);
    }

    private Reply failed(Request request, Throwable failure) {
        Throwable cause = Stages.cause(failure);
        String path = "/" + request.getOptions().getUriPathString();
        if (cause instanceof LwM2mException e && !e.code().isSuccess()) {
            return Reply.error(e.code(), e.getMessage());
        }
        if (cause instanceof TimeoutException) {
            LOG.warn("{} {} did not complete within {}", request.getCode(), path, timeout);
            return Reply.error(ResponseCode.SERVICE_UNAVAILABLE, "operation timed out");
        }
        if (cause instanceof RejectedExecutionException) {
            return Reply.error(ResponseCode.SERVICE_UNAVAILABLE, "client is shutting down");
        }
        LOG.warn("{} {} failed unexpectedly", request.getCode(), path, cause);
        return Reply.error(ResponseCode.INTERNAL_SERVER_ERROR, "internal error");
    }

    private static void respond(Exchange exchange, Reply reply) {
        Response response = new Response(
                CoAP.ResponseCode.valueOf(reply.code().codeClass() << 5 | reply.code().detail()));
        if (reply.contentFormat() != Reply.NO_FORMAT) {
            response.getOptions().setContentFormat(reply.contentFormat());
        }
        byte[] payload = reply.payload();
        if (payload.length > 0) {
            response.setPayload(payload);
        }
        if (reply.locationPath() != null) {
            response.getOptions().setLocationPath(reply.locationPath());
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} /{} -> {}", exchange.getRequest().getCode(),
                    exchange.getRequest().getOptions().getUriPathString(), reply.code());
        }
        exchange.sendResponse(response);
    }
}
