package org.lwm2m.gateway.engine;

import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.ResponseCode;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.model.ResourceModel;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.lwm2m.gateway.api.object.Requester;

/**
 * The object, instance, resource or resource instance a server request names, checked against the provider and
 * its model before any operation runs, and who asks for it. {@code resource} is null above the resource level.
 */
record Target(Requester requester, LwM2mPath path, ObjectProvider provider, ObjectModel model,
        ResourceModel resource) {

    /**
     * Finds what {@code path} names: the object must have a provider, the instance must exist, the resource must be
     * defined by the model and present in the instance, and a resource instance may only sit below a multiple
     * resource. Whether a resource instance exists is left to the operation (a write may add it).
     *
     * @throws LwM2mException 4.04 if any level is missing
     */
    static Target resolve(RequestContext context, Requester requester, LwM2mPath path) throws LwM2mException {
        ObjectProvider provider = context.objects().provider(path.objectId());
        if (provider == null) {
            throw LwM2mException.notFound(LwM2mPath.of(path.objectId()));
        }
        ObjectModel model = provider.model();
        if (path.isObject()) {
            return new Target(requester, path, provider, model, null);
        }
        if (!provider.instanceIds().contains(path.instanceId())) {
            throw LwM2mException.notFound(LwM2mPath.of(path.objectId(), path.instanceId()));
        }
        if (path.isObjectInstance()) {
            return new Target(requester, path, provider, model, null);
        }
        ResourceModel resource = model.resource(path.resourceId());
        if (resource == null || !provider.resourceIds(path.instanceId()).contains(path.resourceId())) {
            throw LwM2mException.notFound(LwM2mPath.of(path.objectId(), path.instanceId(), path.resourceId()));
        }
        if (path.isResourceInstance() && !resource.multiple()) {
            throw new LwM2mException(ResponseCode.NOT_FOUND,
                    "no " + path + ": resource " + resource.id() + " has a single instance");
        }
        return new Target(requester, path, provider, model, resource);
    }

    /** The same target, its object seen through {@code view} (the instances one server may read). */
    Target seenThrough(ObjectProvider view) {
        return new Target(requester, path, view, model, resource);
    }

    /** The path of the resource this target is or lies in. */
    LwM2mPath resourcePath() {
        return LwM2mPath.of(path.objectId(), path.instanceId(), path.resourceId());
    }

    /** Whether the target holds exactly one value: a single resource or a resource instance. */
    boolean isSingleValue() {
        return path.isResourceInstance() || path.isResource() && !resource.multiple();
    }
}
