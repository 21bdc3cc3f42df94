package org.lwm2m.gateway.api.codec;

import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.model.ResourceModel;
import org.lwm2m.gateway.api.model.ResourceType;
import org.lwm2m.gateway.api.node.LwM2mNode;
import org.lwm2m.gateway.api.node.ResourceInstance;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;

/**
 * The resource that a single-value path (a single resource or one resource instance) designates: what formats
 * that carry one value (plain text, opaque, CBOR) need to check a path and a node.
 */
public record SingleValueTarget(LwM2mPath path, ResourceModel resource) {

    /** The id the node at the path carries: the resource id, or the resource instance id. */
    public int nodeId() {
        return path.isResource() ? path.resourceId() : path.resourceInstanceId();
    }

    public ResourceType type() {
        return resource.type();
    }

    /**
     * The value of a node that must sit at this path and have the model's type.
     *
     * @throws CodecException if the node is not a single value at this path or has another type
     */
    public Value valueOf(LwM2mNode node) throws CodecException {
        if (node.id() != nodeId()) {
            throw new CodecException("node " + node.id() + " does not sit at " + path);
        }
        Value value;
        if (path.isResource() && node instanceof SingleResource resource) {
            value = resource.value();
        } else if (path.isResourceInstance() && node instanceof ResourceInstance instance) {
            value = instance.value();
        } else {
            throw new CodecException("a single value is expected at " + path + ", not a "
                    + node.getClass().getSimpleName());
        }
        if (value.type() != type()) {
            throw new CodecException(path + " is " + type() + " in the model, the node holds " + value.type());
        }
        return value;
    }

    /** The node that carries {@code value} at this path. */
    public LwM2mNode nodeOf(Value value) {
        return path.isResource() ? new SingleResource(nodeId(), value) : new ResourceInstance(nodeId(), value);
    }

    /**
     * Finds the resource of {@code model} that {@code path} designates.
     *
     * @throws CodecException if the path holds more than one value, or the model does not define it
     */
    public static SingleValueTarget resolve(LwM2mPath path, ObjectModel model) throws CodecException {
        if (!path.isResource() && !path.isResourceInstance()) {
            throw new CodecException("a single value is expected, " + path + " is not a resource");
        }
        if (model.id() != path.objectId()) {
            throw new CodecException("model of object " + model.id() + " does not describe " + path);
        }
        ResourceModel resource = model.resource(path.resourceId());
        if (resource == null) {
            throw new CodecException("object " + model.id() + " has no resource " + path.resourceId());
        }
        if (resource.type() == ResourceType.NONE) {
            throw new CodecException("resource " + path + " is executable and holds no value");
        }
        if (path.isResource() && resource.multiple()) {
            throw new CodecException(path + " is a multiple resource, a single value needs a resource instance path");
        }
        if (path.isResourceInstance() && !resource.multiple()) {
            throw new CodecException(path + " addresses an instance of the single resource "
                    + LwM2mPath.of(path.objectId(), path.instanceId(), path.resourceId()));
        }
        return new SingleValueTarget(path, resource);
    }

    /** Whether {@link #resolve} would succeed. */
    public static boolean isSingleValue(LwM2mPath path, ObjectModel model) {
        try {
            resolve(path, model);
            return true;
        } catch (CodecException e) {
            return false;
        }
    }
}
