package org.lwm2m.gateway.engine;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.LwM2mIds;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.ResponseCode;
import org.lwm2m.gateway.api.model.ResourceModel;
import org.lwm2m.gateway.api.node.InstanceNode;
import org.lwm2m.gateway.api.node.LwM2mNode;
import org.lwm2m.gateway.api.node.MultipleResource;
import org.lwm2m.gateway.api.node.ObjectNode;
import org.lwm2m.gateway.api.node.ResourceNode;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.api.node.Values;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.lwm2m.gateway.api.object.Requester;
import org.lwm2m.gateway.api.object.WriteMode;

/**
 * What local callers (applications, the console, the shell) do by path, as the system: typed get and set of single
 * values ("3/0/9", "3/0/7/1"), reads of whole nodes and executes. Every path is checked against the object model
 * first, so a bad path or value reaches no provider. Secret keys stay inside the engine: tools show what they read.
 */
final class LocalValues {

    private final RequestContext context;
    private final ClientObjects objects;
    private final Duration bound;

    LocalValues(RequestContext context, Duration bound) {
        this.context = context;
        this.objects = context.objects();
        this.bound = bound;
    }

    Value get(String path) throws LwM2mException {
        LwM2mPath p = valuePath(path);
        refuseSecretKey(p);
        ObjectProvider provider = instanceProvider(p);
        ResourceModel model = resourceModel(provider, p);
        if (model.operations().isExecutable()) {
            throw LwM2mException.badRequest(p + " is executable and holds no value");
        }
        if (!provider.resourceIds(p.instanceId()).contains(p.resourceId())) {
            throw LwM2mException.notFound(p);
        }
        ResourceNode node = ProviderWait.await(provider.read(Requester.SYSTEM, p.instanceId(), p.resourceId()), bound);
        if (p.isResource()) {
            if (node instanceof SingleResource single) {
                return single.value();
            }
            throw LwM2mException.badRequest(p + " is a multiple resource: name one of its instances");
        }
        if (node instanceof MultipleResource multiple && multiple.instances().containsKey(p.resourceInstanceId())) {
            return multiple.instances().get(p.resourceInstanceId());
        }
        throw LwM2mException.notFound(p);
    }

    void set(String path, Object value) throws LwM2mException {
        LwM2mPath p = valuePath(path);
        ObjectProvider provider = instanceProvider(p);
        ResourceModel model = resourceModel(provider, p);
        if (p.isResource() && model.multiple()) {
            throw LwM2mException.badRequest(p + " is a multiple resource: name one of its instances");
        }
        if (p.isResourceInstance() && !model.multiple()) {
            throw LwM2mException.notFound(p);
        }
        Value v;
        try {
            v = Values.convert(model.type(), value);
        } catch (IllegalArgumentException | ArithmeticException | DateTimeException e) {
            throw LwM2mException.badRequest("value does not fit " + p + " (" + model.type() + "): " + e.getMessage());
        }
        ResourceNode node = p.isResource()
                ? new SingleResource(p.resourceId(), v)
                : new MultipleResource(p.resourceId(), model.type(), new TreeMap<>(Map.of(p.resourceInstanceId(), v)));
        WriteMode mode = p.isResource() ? WriteMode.REPLACE : WriteMode.UPDATE;
        ProviderWait.await(provider.write(Requester.SYSTEM, p.instanceId(), List.of(node), mode), bound);
    }

    /** Reads the node at an object, instance, resource or resource-instance path, without secret keys. */
    LwM2mNode read(String path) throws LwM2mException {
        LwM2mPath p = nodePath(path);
        refuseSecretKey(p);
        LwM2mNode node = ProviderWait.await(NodeReader.read(Target.resolve(context, Requester.SYSTEM, p)), bound);
        return p.objectId() == LwM2mIds.SECURITY ? withoutSecretKeys(node) : node;
    }

    /** Executes as a server's Execute would: a claimed callback first, else the object's own handler. */
    void execute(String path, String arguments) throws LwM2mException {
        Target target = Target.resolve(context, Requester.SYSTEM, nodePath(path));
        byte[] payload = (arguments == null ? "" : arguments).getBytes(StandardCharsets.US_ASCII);
        ProviderWait.await(new ExecuteOperation(context).execute(target, Reply.NO_FORMAT, payload), bound);
    }

    private static LwM2mPath valuePath(String path) throws LwM2mException {
        LwM2mPath p = nodePath(path);
        if (!p.isResource() && !p.isResourceInstance()) {
            throw LwM2mException.badRequest(p + " is not the path of a resource or resource instance");
        }
        return p;
    }

    private static LwM2mPath nodePath(String path) throws LwM2mException {
        LwM2mPath p;
        try {
            p = LwM2mPath.parse(path == null ? "" : path.trim());
        } catch (IllegalArgumentException e) {
            throw LwM2mException.badRequest(e.getMessage());
        }
        if (p.isRoot()) {
            throw LwM2mException.badRequest("name an object, instance, resource or resource instance, not the root");
        }
        return p;
    }

    private static void refuseSecretKey(LwM2mPath p) throws LwM2mException {
        if (p.objectId() == LwM2mIds.SECURITY && (p.isResource() || p.isResourceInstance())
                && p.resourceId() == LwM2mIds.Security.SECRET_KEY) {
            throw new LwM2mException(ResponseCode.UNAUTHORIZED, "the secret key of " + p + " is not readable");
        }
    }

    private static LwM2mNode withoutSecretKeys(LwM2mNode node) {
        if (node instanceof ObjectNode object) {
            return ObjectNode.of(object.id(), object.instances().values().stream()
                    .map(LocalValues::withoutSecretKey).toList());
        }
        return node instanceof InstanceNode instance ? withoutSecretKey(instance) : node;
    }

    private static InstanceNode withoutSecretKey(InstanceNode instance) {
        return InstanceNode.of(instance.id(), instance.resources().values().stream()
                .filter(r -> r.id() != LwM2mIds.Security.SECRET_KEY).toList());
    }

    private ObjectProvider instanceProvider(LwM2mPath p) throws LwM2mException {
        ObjectProvider provider = objects.provider(p.objectId());
        if (provider == null || !provider.instanceIds().contains(p.instanceId())) {
            throw LwM2mException.notFound(p);
        }
        return provider;
    }

    private static ResourceModel resourceModel(ObjectProvider provider, LwM2mPath p) throws LwM2mException {
        ResourceModel model = provider.model().resource(p.resourceId());
        if (model == null) {
            throw LwM2mException.notFound(p);
        }
        return model;
    }
}
