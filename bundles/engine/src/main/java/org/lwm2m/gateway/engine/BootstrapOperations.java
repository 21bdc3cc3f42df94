package org.lwm2m.gateway.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.eclipse.californium.core.coap.CoAP;
import org.eclipse.californium.core.coap.MediaTypeRegistry;
import org.eclipse.californium.core.coap.Request;
import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.LwM2mIds;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.ResponseCode;
import org.lwm2m.gateway.api.codec.LinkCodec;
import org.lwm2m.gateway.api.link.Link;
import org.lwm2m.gateway.api.link.LinkParam;
import org.lwm2m.gateway.api.node.InstanceNode;
import org.lwm2m.gateway.api.node.LwM2mNode;
import org.lwm2m.gateway.api.node.ObjectNode;
import org.lwm2m.gateway.api.node.ResourceNode;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.lwm2m.gateway.api.object.Requester;
import org.lwm2m.gateway.api.object.WriteMode;

/**
 * What only a bootstrap server does (Transport §6.1): Bootstrap-Discover of the root or an object; Bootstrap-Write
 * of objects and instances, which creates the instances that are not there and may set resources no management
 * server may write; Bootstrap-Delete of one instance, one object or everything (the Device object and the bootstrap
 * server's own account stay); and Bootstrap-Finish ({@code POST /bs}), answered 2.04 only if the accounts written
 * hold together.
 */
final class BootstrapOperations {

    private static final Requester BOOTSTRAP = Requester.BOOTSTRAP_SERVER;

    private final RequestContext context;
    private final ContentNegotiation negotiation;

    BootstrapOperations(RequestContext context, ContentNegotiation negotiation) {
        this.context = context;
        this.negotiation = negotiation;
    }

    /** The reply to a request only a bootstrap server makes, or null for one the usual operations answer. */
    CompletableFuture<Reply> handle(Request request, List<String> uriPath) throws LwM2mException {
        if (request.getCode() == CoAP.Code.POST && uriPath.equals(List.of("bs"))) {
            String problem = context.finishBootstrap();
            return CompletableFuture.completedFuture(problem == null ? Reply.changed()
                    : Reply.error(ResponseCode.NOT_ACCEPTABLE, problem));
        }
        if (request.getCode() == CoAP.Code.DELETE) {
            return delete(RequestPaths.parse(uriPath));
        }
        if (request.getCode() == CoAP.Code.GET
                && request.getOptions().getAccept() == MediaTypeRegistry.APPLICATION_LINK_FORMAT) {
            LwM2mPath path = RequestPaths.parse(uriPath);
            if (path.depth() <= 1) {
                return discover(path);
            }
        }
        if (request.getCode() == CoAP.Code.PUT && request.getPayloadSize() > 0) {
            LwM2mPath path = RequestPaths.parse(uriPath);
            if (path.isObject() || path.isObjectInstance()) {
                return write(path, request.getOptions().getContentFormat(), request.getPayload());
            }
        }
        return null;
    }

    private CompletableFuture<Reply> write(LwM2mPath path, int contentFormat, byte[] payload) throws LwM2mException {
        ObjectProvider provider = context.objects().provider(path.objectId());
        if (provider == null) {
            throw LwM2mException.notFound(LwM2mPath.of(path.objectId()));
        }
        if (contentFormat == Reply.NO_FORMAT) {
            throw LwM2mException.badRequest("a Bootstrap-Write needs a Content-Format");
        }
        Target target = new Target(BOOTSTRAP, path, provider, provider.model(), null);
        LwM2mNode node = negotiation.forPayload(target, contentFormat).decode(path, payload, provider.model());
        List<InstanceNode> instances = node instanceof ObjectNode object ? List.copyOf(object.instances().values())
                : List.of((InstanceNode) node);
        List<List<ResourceNode>> checked = new ArrayList<>();
        for (InstanceNode instance : instances) {
            checked.add(PayloadCheck.forCreate(provider.model(), LwM2mPath.of(path.objectId(), instance.id()),
                    instance));
        }
        CompletableFuture<Void> done = CompletableFuture.completedFuture(null);
        for (int i = 0; i < instances.size(); i++) {
            int id = instances.get(i).id();
            List<ResourceNode> resources = checked.get(i);
            done = done.thenCompose(previous -> provider.instanceIds().contains(id)
                    ? Stages.call(() -> provider.write(BOOTSTRAP, id, resources, WriteMode.REPLACE))
                    : Stages.call(() -> provider.create(BOOTSTRAP, id, resources)).thenApply(created -> null));
        }
        return done.thenApply(written -> Reply.changed());
    }

    /**
     * Bootstrap-Discover of the root or one object (Transport §6.1.7.3): the LwM2M version on the root, every
     * instance (an object without any, with its version where it is not 1.0), and for Security and Server instances
     * their short server id, for Security instances their server URI too, so the server can tell which account is
     * whose.
     */
    private CompletableFuture<Reply> discover(LwM2mPath path) throws LwM2mException {
        LinkCodec codec = context.codecs().linkCodec();
        if (codec == null) {
            throw new LwM2mException(ResponseCode.NOT_ACCEPTABLE, "no link-format codec is installed");
        }
        List<Link> links = new ArrayList<>();
        if (path.isRoot()) {
            links.add(Link.of("/", LinkParam.token("lwm2m", RegistrationRequests.LWM2M_VERSION)));
        }
        boolean found = false;
        for (ObjectProvider provider : context.objects().providers()) {
            int objectId = provider.model().id();
            if (!path.isRoot() && path.objectId() != objectId) {
                continue;
            }
            found = true;
            if (provider.instanceIds().isEmpty()) {
                links.add(RegistrationLinks.objectLink(provider.model()));
            }
            for (int id : provider.instanceIds()) {
                links.add(Link.of("/" + objectId + "/" + id, accountParams(provider, id).toArray(LinkParam[]::new)));
            }
        }
        if (!found) {
            throw LwM2mException.notFound(path);
        }
        return CompletableFuture.completedFuture(Reply.content(MediaTypeRegistry.APPLICATION_LINK_FORMAT,
                codec.encode(links)));
    }

    /** The short server id of a Security or Server instance, and the URI of a Security instance. */
    private static List<LinkParam> accountParams(ObjectProvider provider, int instance) throws LwM2mException {
        int objectId = provider.model().id();
        List<LinkParam> params = new ArrayList<>();
        if (objectId != LwM2mIds.SECURITY && objectId != LwM2mIds.SERVER) {
            return params;
        }
        int ssidResource = objectId == LwM2mIds.SECURITY ? LwM2mIds.Security.SHORT_SERVER_ID
                : LwM2mIds.Server.SHORT_SERVER_ID;
        Value ssid = single(provider, instance, ssidResource);
        boolean bootstrapAccount = objectId == LwM2mIds.SECURITY
                && single(provider, instance, LwM2mIds.Security.BOOTSTRAP_SERVER) instanceof Value.Bool b && b.value();
        if (ssid instanceof Value.Int i && !bootstrapAccount) {
            params.add(LinkParam.token("ssid", Long.toString(i.value())));
        }
        if (objectId == LwM2mIds.SECURITY
                && single(provider, instance, LwM2mIds.Security.SERVER_URI) instanceof Value.Str uri) {
            params.add(LinkParam.quoted("uri", uri.value()));
        }
        return params;
    }

    private static Value single(ObjectProvider provider, int instance, int resource) throws LwM2mException {
        if (!provider.resourceIds(instance).contains(resource)) {
            return null;
        }
        ResourceNode node = ProviderWait.await(provider.read(BOOTSTRAP, instance, resource),
                RequestDispatcher.PROVIDER_WAIT);
        return node instanceof SingleResource single ? single.value() : null;
    }

    /** Deletes what may go at or below {@code path}; what the object keeps (4.05) is left without complaint. */
    private CompletableFuture<Reply> delete(LwM2mPath path) throws LwM2mException {
        if (path.depth() > 2) {
            throw LwM2mException.badRequest("Bootstrap-Delete is for an object instance, an object or the root");
        }
        List<CompletableFuture<Void>> deletions = new ArrayList<>();
        for (ObjectProvider provider : context.objects().providers()) {
            int objectId = provider.model().id();
            if (objectId == LwM2mIds.DEVICE || !path.isRoot() && path.objectId() != objectId) {
                continue;
            }
            for (int id : provider.instanceIds()) {
                if (path.depth() < 2 || path.instanceId() == id) {
                    deletions.add(Stages.call(() -> provider.delete(BOOTSTRAP, id)).exceptionally(failure -> {
                        if (Stages.cause(failure) instanceof LwM2mException e
                                && e.code() == ResponseCode.METHOD_NOT_ALLOWED) {
                            return null;
                        }
                        throw new CompletionException(failure);
                    }));
                }
            }
        }
        return CompletableFuture.allOf(deletions.toArray(CompletableFuture[]::new)).thenApply(all -> Reply.deleted());
    }
}
