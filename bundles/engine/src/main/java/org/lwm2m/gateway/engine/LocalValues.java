package org.lwm2m.gateway.engine;

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
import org.lwm2m.gateway.api.node.MultipleResource;
import org.lwm2m.gateway.api.node.ResourceNode;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.api.node.Values;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.lwm2m.gateway.api.object.Requester;
import org.lwm2m.gateway.api.object.WriteMode;

/**
 * Applications' typed get and set of single values by path ("3/0/9", "3/0/7/1"), through the client's providers.
 * Checks every path against the object model first, so a bad path or value reaches no provider.
 */
final class LocalValues {

    private final ClientObjects objects;
    private final Duration bound;

    LocalValues(ClientObjects objects, Duration bound) {
        this.objects = objects;
        this.bound = bound;
    }

    Value get(String path) throws LwM2mException {
        LwM2mPath p = valuePath(path);
        if (p.objectId() == LwM2mIds.SECURITY && p.resourceId() == LwM2mIds.Security.SECRET_KEY) {
            // Secrets stay inside the engine, even for local callers such as the shell or the console.
            throw new LwM2mException(ResponseCode.UNAUTHORIZED, "the secret key of " + p + " is not readable");
        }
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

    private static LwM2mPath valuePath(String path) throws LwM2mException {
        LwM2mPath p;
        try {
            p = LwM2mPath.parse(path == null ? "" : path.trim());
        } catch (IllegalArgumentException e) {
            throw LwM2mException.badRequest(e.getMessage());
        }
        if (!p.isResource() && !p.isResourceInstance()) {
            throw LwM2mException.badRequest(p + " is not the path of a resource or resource instance");
        }
        return p;
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
