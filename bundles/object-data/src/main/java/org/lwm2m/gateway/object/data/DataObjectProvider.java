package org.lwm2m.gateway.object.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.client.ClientConfiguration;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.model.ResourceModel;
import org.lwm2m.gateway.api.node.ResourceNode;
import org.lwm2m.gateway.api.object.BaseObjectProvider;
import org.lwm2m.gateway.api.object.InstanceLines;
import org.lwm2m.gateway.api.object.ObjectInstance;
import org.lwm2m.gateway.api.object.Requester;
import org.lwm2m.gateway.api.object.ValueInstance;
import org.lwm2m.gateway.api.object.WriteMode;
import org.osgi.framework.BundleContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An object that only holds data: servers create instances with the values they give (every mandatory writable
 * resource among them), write and read them, and delete them. What an instance holds is what was written; the
 * object does nothing with it. Its executable resources, which would need behaviour, are left out.
 * <p>
 * Every change is kept in a file ({@link InstanceLines}, replaced in one step), from which the instances come back
 * at the next start.
 */
abstract class DataObjectProvider extends BaseObjectProvider {

    private static final Logger LOG = LoggerFactory.getLogger(DataObjectProvider.class);

    private final Path file;

    /** @param file where the instances are kept, or null to keep nothing */
    DataObjectProvider(ObjectModel model, Path file) {
        super(model);
        this.file = file;
        restore();
    }

    /** The file of one client's instances of an object, in the bundle's data area (none without one). */
    static Path fileFor(BundleContext context, ObjectModel model, Map<String, Object> properties) {
        String endpoint = String.valueOf(properties.get(ClientConfiguration.ENDPOINT)).replaceAll("[^A-Za-z0-9._-]", "_");
        return context == null ? null : context.getDataFile(model.id() + "-" + endpoint + ".instances").toPath();
    }

    @Override
    protected ObjectInstance newInstance(int instanceId, List<ResourceNode> resources) throws LwM2mException {
        Set<Integer> given = new HashSet<>();
        resources.forEach(resource -> given.add(resource.id()));
        for (ResourceModel resource : model().resources().values()) {
            if (resource.mandatory() && resource.operations().isWritable() && !given.contains(resource.id())) {
                throw LwM2mException.badRequest("a new " + model().name() + " instance needs resource "
                        + resource.id() + " (" + resource.name() + ")");
            }
        }
        ValueInstance instance = new ValueInstance(model(), instanceId,
                resourceId -> fireValueChanged(instanceId, resourceId));
        for (ResourceNode resource : resources) {
            instance.write(resource, WriteMode.REPLACE);
        }
        return instance;
    }

    /** A server deletes any instance it (or another) created. */
    @Override
    protected boolean canDelete(int instanceId) {
        return true;
    }

    @Override
    public CompletionStage<Integer> create(Requester requester, Integer instanceId, List<ResourceNode> resources) {
        return super.create(requester, instanceId, resources).thenApply(id -> {
            save();
            return id;
        });
    }

    @Override
    public CompletionStage<Void> write(Requester requester, int instanceId, List<ResourceNode> resources,
            WriteMode mode) {
        return super.write(requester, instanceId, resources, mode).thenRun(this::save);
    }

    @Override
    public CompletionStage<Void> delete(Requester requester, int instanceId) {
        return super.delete(requester, instanceId).thenRun(this::save);
    }

    /** Keeps every instance as it is now; a failure costs the copy, not the change, and is said once. */
    private synchronized void save() {
        if (file == null) {
            return;
        }
        StringBuilder text = new StringBuilder();
        try {
            for (int id : instanceIds()) {
                ObjectInstance instance = instance(id);
                for (int resourceId : instance.resourceIds()) {
                    InstanceLines.append(text, LwM2mPath.of(model().id(), id, resourceId), instance.read(resourceId));
                }
            }
            InstanceLines.writeAtomically(file, text.toString());
        } catch (IOException | LwM2mException e) {
            LOG.warn("Cannot keep the {} instances in {}: {}; they are lost at a restart", model().name(), file,
                    e.getMessage());
        }
    }

    /** Brings back what was kept; a file that cannot be read leaves the object empty, and says why. */
    private void restore() {
        if (file == null || !Files.isRegularFile(file)) {
            return;
        }
        try {
            Map<LwM2mPath, List<ResourceNode>> kept = InstanceLines.parse(
                    Files.readAllLines(file, StandardCharsets.UTF_8), Map.of(model().id(), model()));
            for (Map.Entry<LwM2mPath, List<ResourceNode>> e : kept.entrySet()) {
                int id = e.getKey().instanceId();
                putInstance(id, newInstance(id, e.getValue()));
            }
        } catch (IOException | LwM2mException | IllegalArgumentException e) {
            LOG.warn("Cannot read the {} instances kept in {}: {}; starting without them", model().name(), file,
                    e.getMessage());
        }
    }
}
