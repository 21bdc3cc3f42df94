package org.lwm2m.gateway.codec.tlv;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

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
 * Reads a TLV payload addressed to a path into the node that sits there, typing values by the object model.
 * "/3" takes object-instance TLVs; "/3/0" resource TLVs, or one object-instance TLV around them; "/3/0/7" one
 * resource TLV, or for a multiple resource also its resource-instance TLVs; "/3/0/7/1" one resource-instance TLV.
 */
final class TlvDecoder {

    private final byte[] payload;
    private final ObjectModel model;

    private TlvDecoder(byte[] payload, ObjectModel model) {
        this.payload = payload;
        this.model = model;
    }

    static LwM2mNode decode(LwM2mPath path, byte[] payload, ObjectModel model) throws CodecException {
        ModelCheck.checkObject(path, model);
        return new TlvDecoder(payload, model).nodeAt(path);
    }

    private LwM2mNode nodeAt(LwM2mPath path) throws CodecException {
        List<Tlv> tlvs = TlvReader.read(payload, 0, payload.length);
        return switch (path.depth()) {
            case 1 -> object(path, tlvs);
            case 2 -> instanceAt(path, tlvs);
            case 3 -> resourceAt(path, tlvs);
            default -> resourceInstanceAt(path, tlvs);
        };
    }

    private ObjectNode object(LwM2mPath path, List<Tlv> tlvs) throws CodecException {
        SortedMap<Integer, InstanceNode> instances = new TreeMap<>();
        for (Tlv tlv : tlvs) {
            expectKind(path, tlv, TlvKind.OBJECT_INSTANCE);
            LwM2mPath instancePath = path.append(tlv.id());
            InstanceNode instance = new InstanceNode(tlv.id(), resources(instancePath, children(tlv)));
            if (instances.put(tlv.id(), instance) != null) {
                throw new CodecException("object instance " + instancePath + " appears twice");
            }
        }
        return new ObjectNode(path.objectId(), instances);
    }

    private InstanceNode instanceAt(LwM2mPath path, List<Tlv> tlvs) throws CodecException {
        List<Tlv> resources = tlvs;
        if (tlvs.size() == 1 && tlvs.get(0).kind() == TlvKind.OBJECT_INSTANCE) {
            expectId(path, tlvs.get(0), path.instanceId());
            resources = children(tlvs.get(0));
        }
        return new InstanceNode(path.instanceId(), resources(path, resources));
    }

    private SortedMap<Integer, ResourceNode> resources(LwM2mPath instancePath, List<Tlv> tlvs)
            throws CodecException {
        SortedMap<Integer, ResourceNode> resources = new TreeMap<>();
        for (Tlv tlv : tlvs) {
            if (tlv.kind() != TlvKind.RESOURCE_VALUE && tlv.kind() != TlvKind.MULTIPLE_RESOURCE) {
                throw new CodecException(instancePath + " holds resource TLVs, found a " + tlv);
            }
            LwM2mPath resourcePath = instancePath.append(tlv.id());
            if (resources.put(tlv.id(), resource(resourcePath, tlv)) != null) {
                throw new CodecException("resource " + resourcePath + " appears twice");
            }
        }
        return resources;
    }

    private ResourceNode resource(LwM2mPath path, Tlv tlv) throws CodecException {
        ResourceModel resource = ModelCheck.resource(path, model);
        if (tlv.kind() == TlvKind.RESOURCE_VALUE) {
            if (resource.multiple()) {
                throw new CodecException(path + " is a multiple resource, found a " + tlv);
            }
            return new SingleResource(tlv.id(), value(path, resource, tlv));
        }
        if (tlv.kind() != TlvKind.MULTIPLE_RESOURCE) {
            throw new CodecException(path + " is a resource, found a " + tlv);
        }
        if (!resource.multiple()) {
            throw new CodecException(path + " is a single resource, found a " + tlv);
        }
        return new MultipleResource(tlv.id(), resource.type(), resourceInstances(path, resource, children(tlv)));
    }

    private SortedMap<Integer, Value> resourceInstances(LwM2mPath resourcePath, ResourceModel resource,
            List<Tlv> tlvs) throws CodecException {
        SortedMap<Integer, Value> instances = new TreeMap<>();
        for (Tlv tlv : tlvs) {
            expectKind(resourcePath, tlv, TlvKind.RESOURCE_INSTANCE);
            LwM2mPath instancePath = resourcePath.append(tlv.id());
            if (instances.put(tlv.id(), value(instancePath, resource, tlv)) != null) {
                throw new CodecException("resource instance " + instancePath + " appears twice");
            }
        }
        return instances;
    }

    private ResourceNode resourceAt(LwM2mPath path, List<Tlv> tlvs) throws CodecException {
        ResourceModel resource = ModelCheck.resource(path, model);
        if (tlvs.size() == 1 && tlvs.get(0).kind() != TlvKind.RESOURCE_INSTANCE) {
            expectId(path, tlvs.get(0), path.resourceId());
            return resource(path, tlvs.get(0));
        }
        if (!resource.multiple()) {
            throw new CodecException(path + " takes exactly one resource TLV, found " + tlvs.size() + " TLVs");
        }
        return new MultipleResource(path.resourceId(), resource.type(), resourceInstances(path, resource, tlvs));
    }

    private ResourceInstance resourceInstanceAt(LwM2mPath path, List<Tlv> tlvs) throws CodecException {
        ResourceModel resource = SingleValueTarget.resolve(path, model).resource();
        if (tlvs.size() != 1) {
            throw new CodecException(path + " takes exactly one resource instance TLV, found " + tlvs.size());
        }
        Tlv tlv = tlvs.get(0);
        expectKind(path, tlv, TlvKind.RESOURCE_INSTANCE);
        expectId(path, tlv, path.resourceInstanceId());
        return new ResourceInstance(tlv.id(), value(path, resource, tlv));
    }

    private List<Tlv> children(Tlv tlv) throws CodecException {
        return TlvReader.read(payload, tlv.valueStart(), tlv.valueEnd());
    }

    private Value value(LwM2mPath path, ResourceModel resource, Tlv tlv) throws CodecException {
        return TlvValues.decode(resource.type(), payload, tlv.valueStart(), tlv.valueEnd(), path.toString());
    }

    private static void expectKind(LwM2mPath path, Tlv tlv, TlvKind kind) throws CodecException {
        if (tlv.kind() != kind) {
            throw new CodecException(path + " holds " + kind + " TLVs, found a " + tlv);
        }
    }

    private static void expectId(LwM2mPath path, Tlv tlv, int id) throws CodecException {
        if (tlv.id() != id) {
            throw new CodecException("the " + tlv + " does not belong to " + path);
        }
    }
}
