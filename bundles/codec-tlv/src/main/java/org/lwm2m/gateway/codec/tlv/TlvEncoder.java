package org.lwm2m.gateway.codec.tlv;

import java.util.Map;

import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.codec.CodecException;
import org.lwm2m.gateway.api.codec.SingleValueTarget;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.model.ResourceModel;
import org.lwm2m.gateway.api.node.InstanceNode;
import org.lwm2m.gateway.api.node.LwM2mNode;
import org.lwm2m.gateway.api.node.MultipleResource;
import org.lwm2m.gateway.api.node.ObjectNode;
import org.lwm2m.gateway.api.node.ResourceInstance;
import org.lwm2m.gateway.api.node.ResourceNode;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;

/**
 * Writes a node as TLV: an object as object-instance TLVs, an instance as its resource TLVs (unwrapped, as a Read of
 * "/3/0" answers), a resource as one resource or multiple-resource TLV, a resource instance as one TLV.
 */
final class TlvEncoder {

    private TlvEncoder() {
    }

    static byte[] encode(LwM2mPath path, LwM2mNode node, ObjectModel model) throws CodecException {
        ModelCheck.checkObject(path, model);
        TlvWriter out = new TlvWriter();
        switch (path.depth()) {
            case 1 -> {
                ObjectNode object = nodeAt(path, node, ObjectNode.class, path.objectId());
                for (InstanceNode instance : object.instances().values()) {
                    out.write(TlvKind.OBJECT_INSTANCE, instance.id(),
                            resources(path.append(instance.id()), instance, model));
                }
            }
            case 2 -> {
                InstanceNode instance = nodeAt(path, node, InstanceNode.class, path.instanceId());
                return resources(path, instance, model);
            }
            case 3 -> writeResource(out, path, nodeAt(path, node, ResourceNode.class, path.resourceId()), model);
            default -> {
                ResourceInstance instance = nodeAt(path, node, ResourceInstance.class, path.resourceInstanceId());
                ResourceModel resource = SingleValueTarget.resolve(path, model).resource();
                out.write(TlvKind.RESOURCE_INSTANCE, instance.id(), value(path, resource, instance.value()));
            }
        }
        return out.toByteArray();
    }

    private static byte[] resources(LwM2mPath instancePath, InstanceNode instance, ObjectModel model)
            throws CodecException {
        TlvWriter out = new TlvWriter();
        for (ResourceNode resource : instance.resources().values()) {
            writeResource(out, instancePath.append(resource.id()), resource, model);
        }
        return out.toByteArray();
    }

    private static void writeResource(TlvWriter out, LwM2mPath path, ResourceNode node, ObjectModel model)
            throws CodecException {
        ResourceModel resource = ModelCheck.resource(path, model);
        if (node instanceof SingleResource single) {
            if (resource.multiple()) {
                throw new CodecException(path + " is a multiple resource, the node holds a single value");
            }
            out.write(TlvKind.RESOURCE_VALUE, single.id(), value(path, resource, single.value()));
        } else {
            MultipleResource multiple = (MultipleResource) node;
            if (!resource.multiple()) {
                throw new CodecException(path + " is a single resource, the node holds resource instances");
            }
            TlvWriter instances = new TlvWriter();
            for (Map.Entry<Integer, Value> e : multiple.instances().entrySet()) {
                instances.write(TlvKind.RESOURCE_INSTANCE, e.getKey(),
                        value(path.append(e.getKey()), resource, e.getValue()));
            }
            out.write(TlvKind.MULTIPLE_RESOURCE, multiple.id(), instances.toByteArray());
        }
    }

    private static byte[] value(LwM2mPath path, ResourceModel resource, Value value) throws CodecException {
        if (value.type() != resource.type()) {
            throw new CodecException(path + " is " + resource.type() + " in the model, the node holds "
                    + value.type());
        }
        return TlvValues.encode(value);
    }

    private static <T extends LwM2mNode> T nodeAt(LwM2mPath path, LwM2mNode node, Class<T> expected, int id)
            throws CodecException {
        if (!expected.isInstance(node)) {
            throw new CodecException("the node at " + path + " must be a " + expected.getSimpleName() + ", not a "
                    + node.getClass().getSimpleName());
        }
        if (node.id() != id) {
            throw new CodecException("node " + node.id() + " does not sit at " + path);
        }
        return expected.cast(node);
    }
}
