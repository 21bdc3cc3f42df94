package org.lwm2m.gateway.api.object;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.model.ResourceModel;
import org.lwm2m.gateway.api.node.MultipleResource;
import org.lwm2m.gateway.api.node.ObjectLink;
import org.lwm2m.gateway.api.node.ResourceNode;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;

/**
 * Object instances kept in a file, one line per value: {@code /0/1/0 Y29hcDovL2RtLmV4YW1wbGU=} (strings, links and
 * opaque values in base64, numbers in decimal, booleans 1 or 0). The file is replaced in one step, so a crash
 * leaves the old content or the new, never half of it; only its owner may read it, since it may hold keys.
 */
public final class InstanceLines {

    private static final Base64.Encoder BASE64 = Base64.getEncoder();
    private static final Base64.Decoder BASE64_DECODER = Base64.getDecoder();

    private InstanceLines() {
    }

    /** Adds the lines of one resource, single or multiple, at {@code path} (an instance's resource). */
    public static void append(StringBuilder text, LwM2mPath path, ResourceNode node) {
        if (node instanceof SingleResource single) {
            text.append(path).append(' ').append(format(single.value())).append('\n');
        } else if (node instanceof MultipleResource multiple) {
            multiple.instances().forEach((id, value) -> text.append(path.append(id)).append(' ')
                    .append(format(value)).append('\n'));
        }
    }

    /**
     * The resources of each instance the lines describe, typed by the object models; lines of an object without a
     * model are left out.
     *
     * @throws IllegalArgumentException for a line that names no resource of its model or holds no value of its type
     */
    public static Map<LwM2mPath, List<ResourceNode>> parse(List<String> lines, Map<Integer, ObjectModel> models) {
        Map<LwM2mPath, SortedMap<Integer, ResourceNode>> byInstance = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            int space = line.indexOf(' ');
            LwM2mPath path = LwM2mPath.parse(space < 0 ? line : line.substring(0, space));
            String text = space < 0 ? "" : line.substring(space + 1);
            ObjectModel model = models.get(path.objectId());
            if (model == null) {
                continue;
            }
            ResourceModel resource = path.depth() < 3 ? null : model.resource(path.resourceId());
            if (resource == null) {
                throw new IllegalArgumentException("no resource " + path + " in object " + model.id());
            }
            Value value = parse(resource, text);
            SortedMap<Integer, ResourceNode> resources = byInstance.computeIfAbsent(
                    LwM2mPath.of(path.objectId(), path.instanceId()), p -> new TreeMap<>());
            if (path.isResourceInstance()) {
                ResourceNode before = resources.get(resource.id());
                SortedMap<Integer, Value> values = before instanceof MultipleResource m
                        ? new TreeMap<>(m.instances()) : new TreeMap<>();
                values.put(path.resourceInstanceId(), value);
                resources.put(resource.id(), new MultipleResource(resource.id(), resource.type(), values));
            } else {
                resources.put(resource.id(), new SingleResource(resource.id(), value));
            }
        }
        Map<LwM2mPath, List<ResourceNode>> result = new LinkedHashMap<>();
        byInstance.forEach((path, resources) -> result.put(path, new ArrayList<>(resources.values())));
        return result;
    }

    /**
     * Replaces {@code file} with {@code text} in one step: a new file beside it, forced to the disk, then moved over
     * the old one.
     */
    public static void writeAtomically(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Path next = file.resolveSibling(file.getFileName() + ".next");
        Files.writeString(next, text, StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(next, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // a file system without POSIX permissions: nothing to narrow
        }
        try (FileChannel channel = FileChannel.open(next, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The text of one value on its line. */
    public static String format(Value value) {
        return switch (value.type()) {
            case STRING -> BASE64.encodeToString(((Value.Str) value).value().getBytes(StandardCharsets.UTF_8));
            case CORELNK -> BASE64.encodeToString(((Value.Corelnk) value).value().getBytes(StandardCharsets.UTF_8));
            case OPAQUE -> BASE64.encodeToString(((Value.Opaque) value).value());
            case INTEGER -> Long.toString(((Value.Int) value).value());
            case TIME -> Long.toString(((Value.Time) value).epochSeconds());
            case UNSIGNED_INTEGER -> Long.toUnsignedString(((Value.Unsigned) value).bits());
            case FLOAT -> Double.toString(((Value.Float) value).value());
            case BOOLEAN -> ((Value.Bool) value).value() ? "1" : "0";
            case OBJLNK -> ((Value.Objlnk) value).value().toString();
            case NONE -> throw new IllegalArgumentException("an executable resource holds no value");
        };
    }

    private static Value parse(ResourceModel resource, String text) {
        return switch (resource.type()) {
            case STRING -> Value.of(new String(BASE64_DECODER.decode(text), StandardCharsets.UTF_8));
            case CORELNK -> Value.corelnk(new String(BASE64_DECODER.decode(text), StandardCharsets.UTF_8));
            case OPAQUE -> Value.of(BASE64_DECODER.decode(text));
            case INTEGER -> Value.of(Long.parseLong(text));
            case TIME -> Value.time(Long.parseLong(text));
            case UNSIGNED_INTEGER -> Value.unsigned(Long.parseUnsignedLong(text));
            case FLOAT -> Value.of(Double.parseDouble(text));
            case BOOLEAN -> Value.of(text.equals("1"));
            case OBJLNK -> Value.of(ObjectLink.parse(text));
            case NONE -> throw new IllegalArgumentException("resource " + resource.id() + " is executable");
        };
    }
}
