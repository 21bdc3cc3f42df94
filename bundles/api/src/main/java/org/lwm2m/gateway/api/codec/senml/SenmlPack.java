package org.lwm2m.gateway.api.codec.senml;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.IntFunction;

import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.codec.CodecException;
import org.lwm2m.gateway.api.codec.NodeCodec;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.model.ResourceModel;
import org.lwm2m.gateway.api.model.ResourceType;
import org.lwm2m.gateway.api.node.InstanceNode;
import org.lwm2m.gateway.api.node.LwM2mNode;
import org.lwm2m.gateway.api.node.MultipleResource;
import org.lwm2m.gateway.api.node.ObjectLink;
import org.lwm2m.gateway.api.node.ObjectNode;
import org.lwm2m.gateway.api.node.ResourceInstance;
import org.lwm2m.gateway.api.node.ResourceNode;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;

/**
 * A node tree as a SenML pack and back (LwM2M Core 1.1 §7.4.4): one record per value, named by its full path. The
 * first record's base name is the target path ("/3/0/" for an instance, "/3/0/0" for a single value, which then
 * needs no name). Numbers go in {@code v} (integers, unsigned integers, floats, and times in seconds), strings and
 * CoRE links in {@code vs}, booleans in {@code vb}, opaque bytes in {@code vd}, object links in {@code vlo}.
 */
public final class SenmlPack {

    private static final BigInteger UNSIGNED_LIMIT = BigInteger.ONE.shiftLeft(64);
    /** 2^63 as a double: the first integral double outside the long range. */
    private static final double TWO_POW_63 = 0x1p63;

    private SenmlPack() {
    }

    /** Whether a pack can carry the node at {@code path}: an object, an instance, or a resource with values. */
    public static boolean supports(LwM2mPath path, ObjectModel model) {
        return NodeCodec.holdsValues(path, model);
    }

    /**
     * The records of the node at {@code path}, in path order.
     *
     * @throws CodecException if the node does not sit at the path or does not match the model
     */
    public static List<SenmlRecord> encode(LwM2mPath path, LwM2mNode node, ObjectModel model)
            throws CodecException {
        checkTarget(path, model);
        SortedMap<LwM2mPath, Value> values = new TreeMap<>();
        collect(path, node, model, values);
        boolean singleValue = node instanceof SingleResource || node instanceof ResourceInstance;
        String baseName = singleValue ? path.toString() : path + "/";
        List<SenmlRecord> records = new ArrayList<>(values.size());
        for (Map.Entry<LwM2mPath, Value> e : values.entrySet()) {
            String full = e.getKey().toString();
            String name = full.length() > baseName.length() ? full.substring(baseName.length()) : null;
            records.add(new SenmlRecord(records.isEmpty() ? baseName : null, null, name, null,
                    senmlValue(e.getValue())));
        }
        return records;
    }

    /**
     * The node at {@code path} that the records describe, typed by the model. Base names and base times apply to
     * the records that follow them; times are checked and otherwise not kept.
     *
     * @throws CodecException if a record names no path at or below the target, names a path twice, lacks a value,
     *         or carries a value that does not fit the model
     */
    public static LwM2mNode decode(LwM2mPath path, List<SenmlRecord> records, ObjectModel model)
            throws CodecException {
        checkTarget(path, model);
        SortedMap<LwM2mPath, Value> values = new TreeMap<>();
        String baseName = "";
        for (SenmlRecord record : records) {
            if (record.baseName() != null) {
                baseName = record.baseName();
            }
            String name = baseName + (record.name() == null ? "" : record.name());
            LwM2mPath valuePath = valuePath(name, path, model);
            if (record.value() == null) {
                throw new CodecException("SenML record " + name + " has no value");
            }
            ResourceModel resource = model.resource(valuePath.resourceId());
            if (values.put(valuePath, lwm2mValue(resource.type(), record.value(), valuePath)) != null) {
                throw new CodecException("SenML pack has two values for " + valuePath);
            }
        }
        return tree(path, values, model);
    }

    /**
     * The records of nodes at several paths (composite operations, Send), in path order; each node's records start
     * with its own base name.
     *
     * @throws CodecException if a node does not sit at its path, its object has no model, or it does not match it
     */
    public static List<SenmlRecord> encodeNodes(SortedMap<LwM2mPath, LwM2mNode> nodes,
            IntFunction<ObjectModel> models) throws CodecException {
        List<SenmlRecord> records = new ArrayList<>();
        for (Map.Entry<LwM2mPath, LwM2mNode> e : nodes.entrySet()) {
            records.addAll(encode(e.getKey(), e.getValue(), model(models, e.getKey())));
        }
        return records;
    }

    /**
     * The records of nodes read at several moments, oldest first: the first record of each moment carries its time
     * as base time (seconds since the epoch, to the millisecond).
     *
     * @throws CodecException as {@link #encodeNodes}
     */
    public static List<SenmlRecord> encodeTimestamped(SortedMap<Instant, SortedMap<LwM2mPath, LwM2mNode>> nodesByTime,
            IntFunction<ObjectModel> models) throws CodecException {
        List<SenmlRecord> records = new ArrayList<>();
        for (Map.Entry<Instant, SortedMap<LwM2mPath, LwM2mNode>> e : nodesByTime.entrySet()) {
            List<SenmlRecord> moment = encodeNodes(e.getValue(), models);
            if (!moment.isEmpty()) {
                SenmlRecord first = moment.get(0);
                records.add(new SenmlRecord(first.baseName(), e.getKey().toEpochMilli() / 1000.0, first.name(),
                        first.time(), first.value()));
                records.addAll(moment.subList(1, moment.size()));
            }
        }
        return records;
    }

    /**
     * The paths a Read-Composite or Observe-Composite names, in record order: records with a name and no value.
     *
     * @throws CodecException if a name is not an LwM2M path or a record carries a value
     */
    public static List<LwM2mPath> decodePaths(List<SenmlRecord> records) throws CodecException {
        List<LwM2mPath> paths = new ArrayList<>();
        String baseName = "";
        for (SenmlRecord record : records) {
            if (record.baseName() != null) {
                baseName = record.baseName();
            }
            String name = baseName + (record.name() == null ? "" : record.name());
            if (record.value() != null) {
                throw new CodecException("SenML record " + excerpt(name) + " in a list of paths carries a value");
            }
            paths.add(path(name));
        }
        return paths;
    }

    /**
     * The values of a Write-Composite, by path: a single resource or a resource instance per record.
     *
     * @throws CodecException if a record names no value of an object with a model, names a path twice or has no
     *                        value, or if there is no record at all
     */
    public static SortedMap<LwM2mPath, LwM2mNode> decodeNodes(List<SenmlRecord> records,
            IntFunction<ObjectModel> models) throws CodecException {
        SortedMap<LwM2mPath, LwM2mNode> nodes = new TreeMap<>();
        String baseName = "";
        for (SenmlRecord record : records) {
            if (record.baseName() != null) {
                baseName = record.baseName();
            }
            String name = baseName + (record.name() == null ? "" : record.name());
            LwM2mPath named = path(name);
            if (named.depth() < 3) {
                throw new CodecException("SenML record " + named + " is not a resource or resource instance");
            }
            ObjectModel model = model(models, named);
            LwM2mPath valuePath = valuePath(name, named, model);
            if (record.value() == null) {
                throw new CodecException("SenML record " + excerpt(name) + " has no value");
            }
            Value value = lwm2mValue(model.resource(valuePath.resourceId()).type(), record.value(), valuePath);
            LwM2mNode node = valuePath.isResource() ? new SingleResource(valuePath.resourceId(), value)
                    : new ResourceInstance(valuePath.resourceInstanceId(), value);
            if (nodes.put(valuePath, node) != null) {
                throw new CodecException("SenML pack has two values for " + valuePath);
            }
        }
        if (nodes.isEmpty()) {
            throw new CodecException("SenML pack holds no value");
        }
        return nodes;
    }

    private static ObjectModel model(IntFunction<ObjectModel> models, LwM2mPath path) throws CodecException {
        ObjectModel model = path.isRoot() ? null : models.apply(path.objectId());
        if (model == null) {
            throw new CodecException("no object " + (path.isRoot() ? "at the root" : path.objectId())
                    + " for " + path);
        }
        return model;
    }

    private static LwM2mPath path(String name) throws CodecException {
        try {
            return LwM2mPath.parse(name);
        } catch (IllegalArgumentException e) {
            throw new CodecException("SenML name is not an LwM2M path: " + excerpt(name), e);
        }
    }

    private static void checkTarget(LwM2mPath path, ObjectModel model) throws CodecException {
        if (path.isRoot()) {
            throw new CodecException("a SenML pack for the root is a composite operation");
        }
        if (model.id() != path.objectId()) {
            throw new CodecException("model of object " + model.id() + " does not describe " + path);
        }
        if (!supports(path, model)) {
            throw new CodecException(path + " holds no value that SenML can carry");
        }
    }

    private static void collect(LwM2mPath path, LwM2mNode node, ObjectModel model, Map<LwM2mPath, Value> values)
            throws CodecException {
        int expectedId = switch (path.depth()) {
            case 1 -> path.objectId();
            case 2 -> path.instanceId();
            case 3 -> path.resourceId();
            default -> path.resourceInstanceId();
        };
        if (node.id() != expectedId) {
            throw new CodecException("node " + node.id() + " does not sit at " + path);
        }
        if (node instanceof ObjectNode object && path.isObject()) {
            for (InstanceNode instance : object.instances().values()) {
                collect(path.append(instance.id()), instance, model, values);
            }
        } else if (node instanceof InstanceNode instance && path.isObjectInstance()) {
            for (ResourceNode resource : instance.resources().values()) {
                collect(path.append(resource.id()), resource, model, values);
            }
        } else if (node instanceof SingleResource single && path.isResource()) {
            ResourceModel resource = resourceWithValues(path, model);
            if (resource.multiple()) {
                throw new CodecException(path + " is a multiple resource, the node a single one");
            }
            values.put(path, typed(single.value(), resource, path));
        } else if (node instanceof MultipleResource multiple && path.isResource()) {
            ResourceModel resource = resourceWithValues(path, model);
            if (!resource.multiple()) {
                throw new CodecException(path + " is a single resource, the node a multiple one");
            }
            for (Map.Entry<Integer, Value> e : multiple.instances().entrySet()) {
                values.put(path.append(e.getKey()), typed(e.getValue(), resource, path));
            }
        } else if (node instanceof ResourceInstance instance && path.isResourceInstance()) {
            ResourceModel resource = resourceWithValues(path, model);
            if (!resource.multiple()) {
                throw new CodecException(path + " addresses an instance of a single resource");
            }
            values.put(path, typed(instance.value(), resource, path));
        } else {
            throw new CodecException("a " + node.getClass().getSimpleName() + " cannot sit at " + path);
        }
    }

    private static ResourceModel resourceWithValues(LwM2mPath path, ObjectModel model) throws CodecException {
        ResourceModel resource = model.resource(path.resourceId());
        if (resource == null) {
            throw new CodecException("object " + model.id() + " has no resource " + path.resourceId());
        }
        if (resource.type() == ResourceType.NONE) {
            throw new CodecException(LwM2mPath.of(path.objectId(), path.instanceId(), path.resourceId())
                    + " is executable and holds no value");
        }
        return resource;
    }

    private static Value typed(Value value, ResourceModel resource, LwM2mPath path) throws CodecException {
        if (value.type() != resource.type()) {
            throw new CodecException(path + " is " + resource.type() + " in the model, the node holds "
                    + value.type());
        }
        return value;
    }

    private static SenmlValue senmlValue(Value value) {
        return switch (value.type()) {
            case STRING -> new SenmlValue.Text(((Value.Str) value).value());
            case CORELNK -> new SenmlValue.Text(((Value.Corelnk) value).value());
            case INTEGER -> new SenmlValue.Numeric(((Value.Int) value).value());
            case TIME -> new SenmlValue.Numeric(((Value.Time) value).epochSeconds());
            case UNSIGNED_INTEGER -> {
                long bits = ((Value.Unsigned) value).bits();
                yield new SenmlValue.Numeric(bits >= 0 ? (Number) bits : new BigInteger(Long.toUnsignedString(bits)));
            }
            case FLOAT -> new SenmlValue.Numeric(((Value.Float) value).value());
            case BOOLEAN -> new SenmlValue.Bool(((Value.Bool) value).value());
            case OPAQUE -> new SenmlValue.Data(((Value.Opaque) value).value());
            case OBJLNK -> new SenmlValue.ObjectLink(((Value.Objlnk) value).value().toString());
            case NONE -> throw new IllegalStateException("checked against the model: executables hold no value");
        };
    }

    /** The path a record names, which must be a value at or below the target that the model defines. */
    private static LwM2mPath valuePath(String name, LwM2mPath target, ObjectModel model) throws CodecException {
        LwM2mPath path = path(name);
        if (!path.startsWith(target) || path.depth() < Math.max(3, target.depth())) {
            throw new CodecException("SenML record " + path + " is not a value at or below " + target);
        }
        ResourceModel resource = resourceWithValues(path, model);
        if (resource.multiple() && path.isResource()) {
            throw new CodecException(path + " is a multiple resource: its values are named by instance");
        }
        if (!resource.multiple() && path.isResourceInstance()) {
            throw new CodecException(path + " addresses an instance of a single resource");
        }
        return path;
    }

    private static Value lwm2mValue(ResourceType type, SenmlValue value, LwM2mPath path) throws CodecException {
        Value result = switch (type) {
            case STRING -> value instanceof SenmlValue.Text t ? Value.of(t.value()) : null;
            case CORELNK -> value instanceof SenmlValue.Text t ? Value.corelnk(t.value()) : null;
            case BOOLEAN -> value instanceof SenmlValue.Bool b ? Value.of(b.value()) : null;
            case OPAQUE -> value instanceof SenmlValue.Data d ? Value.of(d.value()) : null;
            case OBJLNK -> objectLinkText(value) != null ? Value.of(objectLink(objectLinkText(value), path)) : null;
            case FLOAT -> value instanceof SenmlValue.Numeric n ? Value.of(n.value().doubleValue()) : null;
            case INTEGER -> value instanceof SenmlValue.Numeric n ? Value.of(signed(n.value(), path)) : null;
            case TIME -> value instanceof SenmlValue.Numeric n ? Value.time(signed(n.value(), path)) : null;
            case UNSIGNED_INTEGER -> value instanceof SenmlValue.Numeric n ? Value.unsigned(unsigned(n.value(), path))
                    : null;
            case NONE -> null;
        };
        if (result == null) {
            throw new CodecException(path + " is " + type + ", the record holds " + describe(value));
        }
        return result;
    }

    /**
     * The text of an object link: {@code vlo} as the spec writes it, or {@code vs}, which Eclipse Leshan 2.0 writes
     * (and so servers built on it).
     */
    private static String objectLinkText(SenmlValue value) {
        if (value instanceof SenmlValue.ObjectLink l) {
            return l.value();
        }
        return value instanceof SenmlValue.Text t ? t.value() : null;
    }

    private static ObjectLink objectLink(String text, LwM2mPath path) throws CodecException {
        try {
            return ObjectLink.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CodecException(path + ": not an object link: " + excerpt(text), e);
        }
    }

    /** A whole number in the signed 64-bit range: a Long, or a Double without a fraction. */
    private static long signed(Number n, LwM2mPath path) throws CodecException {
        if (n instanceof Long l) {
            return l;
        }
        if (n instanceof Double d && d == Math.rint(d) && d >= -TWO_POW_63 && d < TWO_POW_63) {
            return d.longValue();
        }
        throw new CodecException(path + ": not a whole number in the signed 64-bit range: " + n);
    }

    /** A whole number from 0 to 2^64-1, as the bits of a long. */
    private static long unsigned(Number n, LwM2mPath path) throws CodecException {
        BigInteger big;
        if (n instanceof Long l) {
            big = BigInteger.valueOf(l);
        } else if (n instanceof BigInteger b) {
            big = b;
        } else if (n instanceof Double d && d == Math.rint(d)) {
            big = java.math.BigDecimal.valueOf(d).toBigInteger();
        } else {
            big = null;
        }
        if (big == null || big.signum() < 0 || big.compareTo(UNSIGNED_LIMIT) >= 0) {
            throw new CodecException(path + ": not a whole number from 0 to 2^64-1: " + n);
        }
        return big.longValue();
    }

    private static LwM2mNode tree(LwM2mPath path, SortedMap<LwM2mPath, Value> values, ObjectModel model)
            throws CodecException {
        if (path.isResourceInstance() || path.isResource() && !model.resource(path.resourceId()).multiple()) {
            Value value = values.get(path);
            if (value == null) {
                throw new CodecException("SenML pack has no value for " + path);
            }
            return path.isResource() ? new SingleResource(path.resourceId(), value)
                    : new ResourceInstance(path.resourceInstanceId(), value);
        }
        if (path.isResource()) {
            return multiple(path, values, model);
        }
        if (path.isObjectInstance()) {
            return instance(path, values, model);
        }
        SortedMap<Integer, InstanceNode> instances = new TreeMap<>();
        for (LwM2mPath valuePath : values.keySet()) {
            int id = valuePath.instanceId();
            if (!instances.containsKey(id)) {
                instances.put(id, instance(LwM2mPath.of(path.objectId(), id), values, model));
            }
        }
        return new ObjectNode(path.objectId(), instances);
    }

    private static InstanceNode instance(LwM2mPath path, SortedMap<LwM2mPath, Value> values, ObjectModel model) {
        SortedMap<Integer, ResourceNode> resources = new TreeMap<>();
        for (Map.Entry<LwM2mPath, Value> e : below(path, values).entrySet()) {
            LwM2mPath valuePath = e.getKey();
            int id = valuePath.resourceId();
            if (valuePath.isResource()) {
                resources.put(id, new SingleResource(id, e.getValue()));
            } else if (!resources.containsKey(id)) {
                resources.put(id, multiple(LwM2mPath.of(path.objectId(), path.instanceId(), id), values, model));
            }
        }
        return new InstanceNode(path.instanceId(), resources);
    }

    private static MultipleResource multiple(LwM2mPath path, SortedMap<LwM2mPath, Value> values,
            ObjectModel model) {
        SortedMap<Integer, Value> instances = new TreeMap<>();
        below(path, values).forEach((valuePath, value) -> instances.put(valuePath.resourceInstanceId(), value));
        return new MultipleResource(path.resourceId(), model.resource(path.resourceId()).type(), instances);
    }

    /** The values at or below {@code path}: a contiguous range of the sorted map. */
    private static SortedMap<LwM2mPath, Value> below(LwM2mPath path, SortedMap<LwM2mPath, Value> values) {
        SortedMap<LwM2mPath, Value> result = new TreeMap<>();
        for (Map.Entry<LwM2mPath, Value> e : values.tailMap(path).entrySet()) {
            if (!e.getKey().startsWith(path)) {
                break;
            }
            result.put(e.getKey(), e.getValue());
        }
        return result;
    }

    private static String describe(SenmlValue value) {
        if (value instanceof SenmlValue.Numeric n) {
            return "the number " + n.value();
        }
        if (value instanceof SenmlValue.Text) {
            return "a string";
        }
        if (value instanceof SenmlValue.Bool) {
            return "a boolean";
        }
        return value instanceof SenmlValue.Data ? "bytes" : "an object link";
    }

    private static String excerpt(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
