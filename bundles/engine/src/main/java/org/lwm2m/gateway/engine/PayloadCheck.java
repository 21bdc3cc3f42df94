package org.lwm2m.gateway.engine;

import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.model.ResourceModel;
import org.lwm2m.gateway.api.node.InstanceNode;
import org.lwm2m.gateway.api.node.LwM2mNode;
import org.lwm2m.gateway.api.node.MultipleResource;
import org.lwm2m.gateway.api.node.ResourceInstance;
import org.lwm2m.gateway.api.node.ResourceNode;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;

/**
 * Checks a decoded payload against the object model before anything is written, and turns it into the resources
 * of one provider call: every resource must be defined (4.04), may be written by a server (4.05) and must have the
 * model's type and multiplicity (4.00).
 */
final class PayloadCheck {

    private PayloadCheck() {
    }

    /**
     * The resources a Write at {@code target} carries. A resource or resource instance target must have passed
     * {@link #writable} already. A resource instance comes back as a multiple resource holding that one instance,
     * to be merged into the existing ones.
     */
    static List<ResourceNode> forWrite(Target target, LwM2mNode node) throws LwM2mException {
        LwM2mPath path = target.path();
        if (path.isObjectInstance()) {
            InstanceNode instance = expect(node, InstanceNode.class, path);
            sameId(instance.id(), path.instanceId(), path);
            for (ResourceNode resource : instance.resources().values()) {
                ResourceModel model = defined(target.model(), path.append(resource.id()));
                writable(model, path.append(resource.id()));
                shape(model, resource, path.append(resource.id()));
            }
            return List.copyOf(instance.resources().values());
        }
        ResourceModel model = target.resource();
        if (path.isResource()) {
            ResourceNode resource = expect(node, ResourceNode.class, path);
            sameId(resource.id(), path.resourceId(), path);
            shape(model, resource, path);
            return List.of(resource);
        }
        ResourceInstance instance = expect(node, ResourceInstance.class, path);
        sameId(instance.id(), path.resourceInstanceId(), path);
        type(model, instance.value(), path);
        SortedMap<Integer, Value> values = new TreeMap<>();
        values.put(instance.id(), instance.value());
        return List.of(new MultipleResource(model.id(), model.type(), values));
    }

    /** The resources of an instance a Create asks for; read-only resources are allowed, executable ones are not. */
    static List<ResourceNode> forCreate(ObjectModel objectModel, LwM2mPath instancePath, InstanceNode instance)
            throws LwM2mException {
        for (ResourceNode resource : instance.resources().values()) {
            LwM2mPath path = instancePath.append(resource.id());
            ResourceModel model = defined(objectModel, path);
            if (model.operations().isExecutable()) {
                throw LwM2mException.badRequest("executable resource " + path + " carries no value");
            }
            shape(model, resource, path);
        }
        return List.copyOf(instance.resources().values());
    }

    /** Whether a node a provider returned fits the model (same checks as for a payload, as a boolean). */
    static boolean fits(ResourceModel model, ResourceNode resource) {
        return resource.id() == model.id() && model.multiple() == (resource instanceof MultipleResource)
                && resource.type() == model.type();
    }

    private static ResourceModel defined(ObjectModel objectModel, LwM2mPath path) throws LwM2mException {
        ResourceModel model = objectModel.resource(path.resourceId());
        if (model == null) {
            throw LwM2mException.notFound(path);
        }
        return model;
    }

    /** @throws LwM2mException 4.05 if servers may not write the resource */
    static void writable(ResourceModel model, LwM2mPath path) throws LwM2mException {
        if (!model.operations().isWritable()) {
            throw LwM2mException.notAllowed("resource " + path + " is not writable");
        }
    }

    private static void shape(ResourceModel model, ResourceNode resource, LwM2mPath path) throws LwM2mException {
        if (model.multiple() != (resource instanceof MultipleResource)) {
            throw LwM2mException.badRequest(path + " is a " + (model.multiple() ? "multiple" : "single")
                    + "-instance resource");
        }
        if (resource instanceof SingleResource single) {
            type(model, single.value(), path);
        } else if (resource.type() != model.type()) {
            throw mistyped(model, path);
        }
    }

    private static void type(ResourceModel model, Value value, LwM2mPath path) throws LwM2mException {
        if (value.type() != model.type()) {
            throw mistyped(model, path);
        }
    }

    private static LwM2mException mistyped(ResourceModel model, LwM2mPath path) {
        return LwM2mException.badRequest(path + " expects a " + model.type().name().toLowerCase(Locale.ROOT)
                + " value");
    }

    private static <T extends LwM2mNode> T expect(LwM2mNode node, Class<T> type, LwM2mPath path)
            throws LwM2mException {
        if (!type.isInstance(node)) {
            throw LwM2mException.badRequest("payload does not describe " + path);
        }
        return type.cast(node);
    }

    private static void sameId(int found, int expected, LwM2mPath path) throws LwM2mException {
        if (found != expected) {
            throw LwM2mException.badRequest("payload is for id " + found + ", not for " + path);
        }
    }
}
