package org.lwm2m.gateway.engine;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.LwM2mIds;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.model.ResourceModel;
import org.lwm2m.gateway.api.node.MultipleResource;
import org.lwm2m.gateway.api.node.ObjectLink;
import org.lwm2m.gateway.api.node.ResourceNode;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.lwm2m.gateway.api.object.Requester;
import org.lwm2m.gateway.api.object.WriteMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Security and Server instances a bootstrap server wrote, kept in one file so that a restarted client
 * registers with its servers without asking the bootstrap server again (which may be gone). Saved at
 * Bootstrap-Finish, after the accounts were found to hold together, by writing a new file and moving it over the
 * old one in one step: a crash leaves the old accounts or the new ones, never half of them. The file holds the
 * accounts' keys, so only its owner may read it. One line per value:
 * {@code /0/1/0 Y29hcDovL2RtLmV4YW1wbGU=} (strings and opaque values in base64, numbers in decimal).
 */
final class BootstrappedAccounts {

    private static final Logger LOG = LoggerFactory.getLogger(BootstrappedAccounts.class);
    private static final int[] OBJECTS = {LwM2mIds.SECURITY, LwM2mIds.SERVER, LwM2mIds.ACCESS_CONTROL};
    private static final Base64.Encoder BASE64 = Base64.getEncoder();
    private static final Base64.Decoder BASE64_DECODER = Base64.getDecoder();

    /** No file: a client whose bootstrap is not kept (in tests without a data area). */
    static final BootstrappedAccounts NONE = new BootstrappedAccounts(null, Duration.ZERO);

    private final Path file;
    private final Duration bound;

    /** @param file where the accounts are kept, or null to keep none */
    BootstrappedAccounts(Path file, Duration bound) {
        this.file = file;
        this.bound = bound;
    }

    /** Keeps every Security, Server and Access Control instance of the client as it is now. */
    void save(ClientObjects objects) {
        if (file == null) {
            return;
        }
        StringBuilder text = new StringBuilder();
        try {
            for (int objectId : OBJECTS) {
                ObjectProvider provider = objects.provider(objectId);
                if (provider != null) {
                    for (int instance : provider.instanceIds()) {
                        for (int resource : provider.resourceIds(instance)) {
                            append(text, provider, instance, resource);
                        }
                    }
                }
            }
            Files.createDirectories(file.getParent());
            Path next = file.resolveSibling(file.getFileName() + ".next");
            Files.writeString(next, text, StandardCharsets.UTF_8);
            ownerOnly(next);
            try (FileChannel channel = FileChannel.open(next, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            LOG.info("Accounts from the bootstrap server kept in {}", file);
        } catch (IOException | LwM2mException e) {
            LOG.warn("Cannot keep the accounts from the bootstrap server in {}: {}; a restart bootstraps again", file,
                    e.getMessage());
        }
    }

    /** The file holds credentials (PSK keys): only the gateway's own user may read it, where the file system says. */
    private static void ownerOnly(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            LOG.debug("{} is on a file system without POSIX permissions", path);
        }
    }

    private void append(StringBuilder text, ObjectProvider provider, int instance, int resource)
            throws LwM2mException {
        ResourceModel model = provider.model().resource(resource);
        if (model == null || model.operations().isExecutable()) {
            return;
        }
        ResourceNode node = ProviderWait.await(provider.read(Requester.SYSTEM, instance, resource), bound);
        LwM2mPath path = LwM2mPath.of(provider.model().id(), instance, resource);
        if (node instanceof SingleResource single) {
            text.append(path).append(' ').append(format(single.value())).append('\n');
        } else if (node instanceof MultipleResource multiple) {
            multiple.instances().forEach((id, value) -> text.append(path.append(id)).append(' ')
                    .append(format(value)).append('\n'));
        }
    }

    /** Whether accounts are kept but the Security or the Server object they go into is not there yet. */
    boolean waitingForObjects(ClientObjects objects) {
        return file != null && Files.isRegularFile(file)
                && (objects.provider(LwM2mIds.SECURITY) == null || objects.provider(LwM2mIds.SERVER) == null);
    }

    /**
     * Writes the kept accounts back into the Security and Server objects (as the bootstrap server would), if there
     * are any and both objects are there; and the kept Access Control instances, where the client has the object.
     *
     * @return whether accounts were restored
     */
    boolean restore(ClientObjects objects) {
        if (file == null || !Files.isRegularFile(file)) {
            return false;
        }
        ObjectProvider security = objects.provider(LwM2mIds.SECURITY);
        ObjectProvider server = objects.provider(LwM2mIds.SERVER);
        if (security == null || server == null) {
            return false;
        }
        Map<Integer, ObjectModel> models = new HashMap<>();
        for (int objectId : OBJECTS) {
            ObjectProvider provider = objects.provider(objectId);
            if (provider != null) {
                models.put(objectId, provider.model());
            }
        }
        try {
            Map<LwM2mPath, List<ResourceNode>> instances = parse(Files.readAllLines(file, StandardCharsets.UTF_8),
                    models);
            for (Map.Entry<LwM2mPath, List<ResourceNode>> e : instances.entrySet()) {
                ObjectProvider provider = objects.provider(e.getKey().objectId());
                if (provider == null) {
                    continue;
                }
                int id = e.getKey().instanceId();
                if (provider.instanceIds().contains(id)) {
                    ProviderWait.await(provider.write(Requester.BOOTSTRAP_SERVER, id, e.getValue(), WriteMode.REPLACE),
                            bound);
                } else {
                    ProviderWait.await(provider.create(Requester.BOOTSTRAP_SERVER, id, e.getValue()), bound);
                }
            }
            LOG.info("Accounts from the bootstrap server restored from {}", file);
            return !instances.isEmpty();
        } catch (IOException | LwM2mException | IllegalArgumentException e) {
            LOG.warn("Cannot restore the accounts from the bootstrap server kept in {}: {}; bootstrapping again",
                    file, e.getMessage());
            return false;
        }
    }

    /** The resources of each instance the lines describe, typed by the object models. */
    static Map<LwM2mPath, List<ResourceNode>> parse(List<String> lines, Map<Integer, ObjectModel> models) {
        Map<LwM2mPath, SortedMap<Integer, ResourceNode>> byInstance = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            int space = line.indexOf(' ');
            LwM2mPath path = LwM2mPath.parse(space < 0 ? line : line.substring(0, space));
            String text = space < 0 ? "" : line.substring(space + 1);
            ObjectModel model = models.get(path.objectId());
            if (model == null && path.objectId() == LwM2mIds.ACCESS_CONTROL) {
                continue; // Access Control instances are left out while the client lacks the object
            }
            ResourceModel resource = model == null || path.depth() < 3 ? null : model.resource(path.resourceId());
            if (resource == null) {
                throw new IllegalArgumentException("no resource " + path + " in the kept accounts' objects");
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

    static String format(Value value) {
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

    /** Where a client keeps its bootstrapped accounts, under the engine's data area. */
    static Optional<Path> fileFor(Path dataArea, String endpointName) {
        if (dataArea == null) {
            return Optional.empty();
        }
        String safe = endpointName.replaceAll("[^A-Za-z0-9._-]", "_");
        return Optional.of(dataArea.resolve("bootstrap").resolve(safe + ".accounts"));
    }
}
