package org.lwm2m.gateway.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.eclipse.leshan.core.node.LwM2mMultipleResource;
import org.eclipse.leshan.core.node.LwM2mObject;
import org.eclipse.leshan.core.node.LwM2mObjectInstance;
import org.eclipse.leshan.core.node.LwM2mResource;
import org.eclipse.leshan.core.node.LwM2mResourceInstance;
import org.eclipse.leshan.core.node.LwM2mSingleResource;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.node.InstanceNode;
import org.lwm2m.gateway.api.node.LwM2mNode;
import org.lwm2m.gateway.api.node.MultipleResource;
import org.lwm2m.gateway.api.node.ObjectNode;
import org.lwm2m.gateway.api.node.ResourceInstance;
import org.lwm2m.gateway.api.node.ResourceNode;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;

/** Converts whole node trees, and paths, between ours and Leshan's. */
public final class LeshanNodes {

    private LeshanNodes() {
    }

    public static org.eclipse.leshan.core.node.LwM2mPath toLeshan(LwM2mPath path) {
        return new org.eclipse.leshan.core.node.LwM2mPath(path.toString());
    }

    public static org.eclipse.leshan.core.node.LwM2mNode toLeshan(LwM2mNode node) {
        if (node instanceof ObjectNode object) {
            List<LwM2mObjectInstance> instances = new ArrayList<>();
            for (InstanceNode instance : object.instances().values()) {
                instances.add((LwM2mObjectInstance) toLeshan(instance));
            }
            return new LwM2mObject(object.id(), instances);
        }
        if (node instanceof InstanceNode instance) {
            List<LwM2mResource> resources = new ArrayList<>();
            for (ResourceNode resource : instance.resources().values()) {
                resources.add((LwM2mResource) toLeshan(resource));
            }
            return new LwM2mObjectInstance(instance.id(), resources);
        }
        if (node instanceof SingleResource single) {
            return LwM2mSingleResource.newResource(single.id(), LeshanValues.toLeshan(single.value()),
                    LeshanValues.leshanType(single.type()));
        }
        if (node instanceof MultipleResource multiple) {
            Map<Integer, Object> values = new TreeMap<>();
            multiple.instances().forEach((id, value) -> values.put(id, LeshanValues.toLeshan(value)));
            return LwM2mMultipleResource.newResource(multiple.id(), values,
                    LeshanValues.leshanType(multiple.type()));
        }
        ResourceInstance instance = (ResourceInstance) node;
        return LwM2mResourceInstance.newInstance(instance.id(), LeshanValues.toLeshan(instance.value()),
                LeshanValues.leshanType(instance.value().type()));
    }

    public static LwM2mNode fromLeshan(org.eclipse.leshan.core.node.LwM2mNode node) {
        if (node instanceof LwM2mObject object) {
            List<InstanceNode> instances = new ArrayList<>();
            for (LwM2mObjectInstance instance : object.getInstances().values()) {
                instances.add((InstanceNode) fromLeshan(instance));
            }
            return ObjectNode.of(object.getId(), instances);
        }
        if (node instanceof LwM2mObjectInstance instance) {
            List<ResourceNode> resources = new ArrayList<>();
            for (LwM2mResource resource : instance.getResources().values()) {
                resources.add((ResourceNode) fromLeshan(resource));
            }
            return InstanceNode.of(instance.getId(), resources);
        }
        if (node instanceof LwM2mSingleResource single) {
            return new SingleResource(single.getId(), LeshanValues.fromLeshan(single.getType(), single.getValue()));
        }
        if (node instanceof LwM2mMultipleResource multiple) {
            SortedMap<Integer, Value> values = new TreeMap<>();
            multiple.getInstances().forEach((id, instance) -> values.put(id,
                    LeshanValues.fromLeshan(multiple.getType(), instance.getValue())));
            return new MultipleResource(multiple.getId(), LeshanValues.ourType(multiple.getType()), values);
        }
        LwM2mResourceInstance instance = (LwM2mResourceInstance) node;
        return new ResourceInstance(instance.getId(), LeshanValues.fromLeshan(instance.getType(),
                instance.getValue()));
    }
}
