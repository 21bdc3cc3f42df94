package org.lwm2m.gateway.webconsole;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * Nodes and values as the JSON API shows them: maps and lists that Jackson writes. Numbers stay numbers, opaque
 * values are hex, times are epoch seconds, object links "3:0", so a script reads them without knowing LwM2M
 * codecs.
 */
final class NodeJson {

    private NodeJson() {
    }

    static Object value(Value value) {
        if (value instanceof Value.Unsigned unsigned) {
            return new BigInteger(Long.toUnsignedString(unsigned.bits()));
        }
        if (value instanceof Value.Opaque opaque) {
            return HexFormat.of().formatHex(opaque.value());
        }
        if (value instanceof Value.Time time) {
            return time.epochSeconds();
        }
        if (value instanceof Value.Objlnk link) {
            return link.value().toString();
        }
        return value.toJava();
    }

    /** Any node read by path: an object, instance, resource or resource instance. */
    static Map<String, Object> node(LwM2mNode node) {
        if (node instanceof ObjectNode object) {
            List<Object> instances = new ArrayList<>();
            object.instances().values().forEach(i -> instances.add(node(i)));
            return map("id", object.id(), "instances", instances);
        }
        if (node instanceof InstanceNode instance) {
            List<Object> resources = new ArrayList<>();
            instance.resources().values().forEach(r -> resources.add(node(r)));
            return map("id", instance.id(), "resources", resources);
        }
        if (node instanceof ResourceInstance instance) {
            return map("id", instance.id(), "value", value(instance.value()));
        }
        return resource((ResourceNode) node);
    }

    /**
     * An object with its model, for the page's tree: every instance with the resources it holds and their values,
     * and the model's executable resources (which hold no value) so the page can offer Execute.
     */
    static Map<String, Object> object(ObjectModel model, ObjectNode node) {
        List<Object> instances = new ArrayList<>();
        for (InstanceNode instance : node.instances().values()) {
            List<Object> resources = new ArrayList<>();
            for (ResourceModel resource : model.resources().values()) {
                ResourceNode read = instance.resources().get(resource.id());
                if (read != null || resource.operations().isExecutable()) {
                    Map<String, Object> entry = map("id", resource.id(), "name", resource.name(),
                            "type", resource.type().name(), "operations", operations(resource),
                            "multiple", resource.multiple());
                    if (read != null) {
                        entry.putAll(resource(read));
                    }
                    resources.add(entry);
                }
            }
            instances.add(map("id", instance.id(), "resources", resources));
        }
        return map("id", model.id(), "name", model.name(), "version", model.version(), "instances", instances);
    }

    private static Map<String, Object> resource(ResourceNode node) {
        if (node instanceof MultipleResource multiple) {
            Map<String, Object> values = new LinkedHashMap<>();
            multiple.instances().forEach((id, v) -> values.put(id.toString(), value(v)));
            return map("id", multiple.id(), "values", values);
        }
        return map("id", node.id(), "value", value(((SingleResource) node).value()));
    }

    private static String operations(ResourceModel resource) {
        return (resource.operations().isReadable() ? "R" : "") + (resource.operations().isWritable() ? "W" : "")
                + (resource.operations().isExecutable() ? "E" : "");
    }

    /** An ordered map from alternating keys and values. */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
