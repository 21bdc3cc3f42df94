package org.lwm2m.gateway.engine;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.californium.core.CoapResource;
import org.eclipse.californium.core.coap.CoAP;
import org.eclipse.californium.core.coap.MessageObserverAdapter;
import org.eclipse.californium.core.coap.Request;
import org.eclipse.californium.core.coap.Response;
import org.eclipse.californium.core.observe.ObserveRelation;
import org.eclipse.californium.core.server.resources.CoapExchange;
import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.LwM2mIds;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.ResponseCode;
import org.lwm2m.gateway.api.model.ResourceModel;
import org.lwm2m.gateway.api.node.MultipleResource;
import org.lwm2m.gateway.api.node.ResourceNode;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.api.object.ObjectListener;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.lwm2m.gateway.api.object.Requester;
import org.lwm2m.gateway.api.object.WriteMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers the requests one management server sends to a client (Read, Discover, Write, Execute, Create, Delete),
 * each parsed once into a {@link ServerRequest}, through the client's {@link ClientResource}. A Read with Observe
 * leaves an observe relation on that resource (Californium's observe layer), and every exact change of a value
 * or of the instances notifies the relations it concerns with a fresh read. One dispatcher serves one endpoint:
 * {@link #close()} when the endpoint goes.
 * <p>
 * Every request is handled on {@code executor} (the engine's callback pool), so providers and callbacks never run
 * on Californium's threads and a slow one cannot hold up retransmissions. Every request is answered exactly once:
 * an operation that fails answers with its LwM2M code and a short diagnostic, anything unexpected with 5.00,
 * anything slower than the timeout with 5.03. The timeout runs on {@code timers} (the engine's scheduler).
 */
final class RequestDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(RequestDispatcher.class);

    /** How long an operation may take before the server gets 5.03 instead of waiting for ever. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    /** How long reading one value for the engine's own decisions (default periods, conditions, Discover) may take. */
    static final Duration PROVIDER_WAIT = Duration.ofSeconds(2);

    /** Objects holding credentials (Security, OSCORE) that no management server may touch (Core §E.1). */
    private static final Set<Integer> CREDENTIAL_OBJECTS = Set.of(LwM2mIds.SECURITY, LwM2mIds.OSCORE);

    /** Whether an object holds credentials, which no management server may touch. */
    static boolean isCredentialObject(int objectId) {
        return CREDENTIAL_OBJECTS.contains(objectId);
    }

    private final RequestContext context;
    private final Requester server;
    private final Executor executor;
    private final ScheduledExecutorService timers;
    private final Duration timeout;
    private final AttributeStore attributes;
    private final Observations observations;
    private final ClientResource root;
    private final ReadOperation read;
    private final DiscoverOperation discover;
    private final WriteOperation write;
    private final ExecuteOperation execute;
    private final CreateOperation create;
    private final DeleteOperation delete;
    private final WriteAttributesOperation writeAttributes;
    private final BootstrapOperations bootstrap;
    private final CompositeOperations composite;
    private final ObjectListener changes = new ObjectListener() {
        @Override
        public void instancesChanged(ObjectProvider provider) {
            observations.changed(LwM2mPath.of(provider.model().id()));
        }

        @Override
        public void valueChanged(ObjectProvider provider, LwM2mPath path) {
            observations.changed(path);
        }
    };

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
        this.attributes = context.attributes(server);
        this.composite = new CompositeOperations(context);
        this.observations = new Observations(this::watched, this::inForce, this::currentNumber, this::notifyRelation,
                this::sample, timers);
        this.root = new ClientResource(this::deliver, observations);
        ContentNegotiation negotiation = new ContentNegotiation(context);
        this.read = new ReadOperation(negotiation);
        this.discover = new DiscoverOperation(context, attributes);
        this.write = new WriteOperation(context, negotiation);
        this.execute = new ExecuteOperation(context);
        this.create = new CreateOperation(negotiation);
        this.delete = new DeleteOperation();
        this.writeAttributes = new WriteAttributesOperation(attributes);
        this.bootstrap = new BootstrapOperations(context, negotiation);
        context.objects().addListener(changes);
    }

    /** The resource that stands for every path of the client, for the endpoint's deliverer. */
    CoapResource root() {
        return root;
    }

    /** Stops notifying: the endpoint is gone, and its observe relations with it. */
    void close() {
        context.objects().removeListener(changes);
        root.clearObserveRelations();
        observations.close();
    }

    /**
     * The paths an observe request watches: its own, or for a FETCH on the root (Observe-Composite) the paths its
     * payload names; none when that payload cannot be read (its answer was an error, so nothing is observed).
     */
    private List<LwM2mPath> watched(Request request) {
        LwM2mPath path = RequestPaths.tryParse(request.getOptions().getUriPath());
        if (path == null || !path.isRoot()) {
            return path == null ? List.of() : List.of(path);
        }
        return request.getCode() == CoAP.Code.FETCH ? composite.observed(request.getOptions().getContentFormat(),
                request.getPayload()) : List.of();
    }

    /** Reads the node at {@code path}: a value read live that changed reports itself as changed. */
    private void sample(LwM2mPath path) {
        try {
            NodeReader.read(Target.resolve(context, server, path));
        } catch (LwM2mException e) {
            LOG.debug("Cannot sample {}: {}", path, e.getMessage());
        }
    }

    /**
     * The value at {@code path} if it is a single number (what gt, lt and st compare) or a boolean (as 0 or 1, what
     * edge looks at), read now.
     */
    private Optional<BigDecimal> currentNumber(LwM2mPath path) {
        if (!path.isResource() && !path.isResourceInstance()) {
            return Optional.empty();
        }
        ObjectProvider provider = context.objects().provider(path.objectId());
        try {
            ResourceNode node = provider == null ? null
                    : ProviderWait.await(provider.read(server, path.instanceId(), path.resourceId()), PROVIDER_WAIT);
            Value value = node instanceof SingleResource single ? single.value()
                    : node instanceof MultipleResource multiple && path.isResourceInstance()
                            ? multiple.instances().get(path.resourceInstanceId()) : null;
            if (value instanceof Value.Int i) {
                return Optional.of(BigDecimal.valueOf(i.value()));
            }
            if (value instanceof Value.Unsigned u) {
                return Optional.of(new BigDecimal(Long.toUnsignedString(u.bits())));
            }
            if (value instanceof Value.Float f && Double.isFinite(f.value())) {
                return Optional.of(BigDecimal.valueOf(f.value()));
            }
            if (value instanceof Value.Bool b) {
                return Optional.of(b.value() ? BigDecimal.ONE : BigDecimal.ZERO);
            }
        } catch (LwM2mException e) {
            LOG.debug("Cannot compare {} with its conditions: {}", path, e.getMessage());
        }
        return Optional.empty();
    }

    private void notifyRelation(ObserveRelation relation) {
        root.notify(relation);
    }

    /** The observations of this dispatcher's server, for tests. */
    Observations observations() {
        return observations;
    }

    /** The attributes in force on {@code path}: the Server object's default periods only where none was written. */
    private NotificationAttributes inForce(LwM2mPath path) {
        NotificationAttributes written = attributes.inForce(path);
        return written.pmin() != null && written.pmax() != null ? written : written.inherit(defaultPeriods());
    }

    /**
     * The Default Minimum and Maximum Period of this server's Server instance (1/x/2, 1/x/3): what applies where no
     * pmin or pmax was written. A default pmax of 0 means none.
     */
    private NotificationAttributes defaultPeriods() {
        ObjectProvider servers = context.objects().provider(LwM2mIds.SERVER);
        if (servers == null || !server.isManagementServer()) {
            return NotificationAttributes.NONE;
        }
        try {
            for (int id : servers.instanceIds()) {
                if (number(servers, id, LwM2mIds.Server.SHORT_SERVER_ID) == server.shortServerId()) {
                    long pmax = number(servers, id, LwM2mIds.Server.DEFAULT_MAX_PERIOD);
                    return NotificationAttributes.periods(number(servers, id, LwM2mIds.Server.DEFAULT_MIN_PERIOD),
                            pmax > 0 ? pmax : null);
                }
            }
        } catch (LwM2mException e) {
            LOG.debug("No default periods for server {}: {}", server, e.getMessage());
        }
        return NotificationAttributes.NONE;
    }

    /** A single integer resource of a Server instance, 0 when it has none. */
    private static long number(ObjectProvider servers, int instance, int resource) throws LwM2mException {
        if (!servers.resourceIds(instance).contains(resource)) {
            return 0;
        }
        ResourceNode node = ProviderWait.await(servers.read(Requester.SYSTEM, instance, resource), PROVIDER_WAIT);
        return node instanceof SingleResource single && single.value() instanceof Value.Int i ? i.value() : 0;
    }

    private void deliver(CoapExchange exchange) {
        Request request = exchange.advanced().getRequest();
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

    /** Parses and routes one request; checks that fail before any provider call answer at once. */
    private CompletableFuture<Reply> handle(Request request) {
        try {
            if (server.equals(Requester.BOOTSTRAP_SERVER)) {
                CompletableFuture<Reply> bootstrapReply = bootstrap.handle(request, request.getOptions().getUriPath());
                if (bootstrapReply != null) {
                    return bootstrapReply;
                }
            }
            LwM2mPath path = RequestPaths.parse(request.getOptions().getUriPath());
            if (isCredentialObject(path.objectId()) && server.isManagementServer()) {
                throw new LwM2mException(ResponseCode.UNAUTHORIZED, "object " + path.objectId()
                        + " is only accessible to a bootstrap server");
            }
            return route(ServerRequest.parse(request, path, server, this::resourceModel));
        } catch (LwM2mException e) {
            return CompletableFuture.completedFuture(Reply.error(e.code(), e.getMessage()));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private CompletableFuture<Reply> route(ServerRequest request) throws LwM2mException {
        if (request.path().isRoot()) {
            return switch (request.operation()) {
                case READ_COMPOSITE -> composite.read(request);
                case WRITE_COMPOSITE -> composite.write(request);
                default -> throw LwM2mException.notAllowed(request.operation() + " is not defined on the root");
            };
        }
        Target target = Target.resolve(context, server, request.path());
        LwM2mPath path = request.path();
        AccessControl access = context.accessControl();
        return switch (request.operation()) {
            case READ_COMPOSITE, WRITE_COMPOSITE ->
                throw LwM2mException.notAllowed("composite operations address the root, not " + path);
            case READ -> read.read(readable(target, access), request.accept());
            case DISCOVER -> discover.discover(readable(target, access));
            case WRITE_REPLACE, WRITE_UPDATE -> {
                requireOnEach(access, target, AccessControl.WRITE);
                yield write.write(target, request.operation() == ServerRequest.Operation.WRITE_REPLACE
                        ? WriteMode.REPLACE : WriteMode.UPDATE, request.contentFormat(), request.payload());
            }
            case WRITE_ATTRIBUTES -> writeAttributes.write(readable(target, access), request.query());
            case EXECUTE -> {
                access.require(server, path, AccessControl.EXECUTE);
                yield execute.execute(target, request.contentFormat(), request.payload());
            }
            case CREATE -> {
                access.require(server, path, AccessControl.CREATE);
                yield create.create(target, request.contentFormat(), request.payload()).thenApply(reply -> {
                    access.created(server, path.objectId(), createdInstance(reply));
                    return reply;
                });
            }
            case DELETE -> {
                access.require(server, path, AccessControl.DELETE);
                yield delete.delete(target).thenApply(reply -> {
                    if (path.isObjectInstance()) {
                        access.deleted(path.objectId(), path.instanceId());
                    }
                    return reply;
                });
            }
        };
    }

    /**
     * A target to read from: below an object, one the server may read (4.01 otherwise); an object, seen with only
     * the instances it may read.
     */
    private Target readable(Target target, AccessControl access) throws LwM2mException {
        if (target.path().isObject()) {
            return access.readable(target);
        }
        access.require(server, target.path(), AccessControl.READ);
        return target;
    }

    /** A right on the instance a target names or lies in, or on every instance of an object. */
    private void requireOnEach(AccessControl access, Target target, int right) throws LwM2mException {
        if (!target.path().isObject()) {
            access.require(server, target.path(), right);
            return;
        }
        for (int id : target.provider().instanceIds()) {
            access.require(server, LwM2mPath.of(target.path().objectId(), id), right);
        }
    }

    /** The id of the instance a Create made, from the reply's location "objectId/instanceId". */
    private static int createdInstance(Reply reply) {
        String location = reply.locationPath();
        return Integer.parseInt(location.substring(location.indexOf('/') + 1));
    }

    /** The model of the resource at {@code path}, if the client has that object. */
    private ResourceModel resourceModel(LwM2mPath path) {
        ObjectProvider provider = context.objects().provider(path.objectId());
        return provider == null ? null : provider.model().resource(path.resourceId());
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

    /**
     * Answers through the resource's exchange, which numbers and keeps observe relations. A notification is
     * confirmable or not as the {@code con} attribute in force on its path says; without one, Californium decides
     * (non-confirmable, with a confirmable one now and then to learn whether the observer is still there).
     */
    private void respond(CoapExchange exchange, Reply reply) {
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
        if (reply.afterSent() != null) {
            AtomicBoolean done = new AtomicBoolean();
            response.addMessageObserver(new MessageObserverAdapter() {
                @Override
                public void onSent(boolean retransmission) {
                    if (done.compareAndSet(false, true)) {
                        reply.afterSent().run();
                    }
                }

                @Override
                public void onSendError(Throwable error) {
                    onSent(false);
                }
            });
        }
        ObserveRelation relation = exchange.advanced().getRelation();
        if (relation != null && relation.isEstablished()) {
            LwM2mPath path = RequestPaths.tryParse(exchange.getRequestOptions().getUriPath());
            Integer con = path == null ? null : inForce(path).con();
            if (con != null) {
                response.setType(con == 1 ? CoAP.Type.CON : CoAP.Type.NON);
            }
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} /{} -> {}", exchange.getRequestCode(), exchange.getRequestOptions().getUriPathString(),
                    reply.code());
        }
        exchange.respond(response);
    }
}
