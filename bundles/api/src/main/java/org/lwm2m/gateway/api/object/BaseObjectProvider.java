package org.lwm2m.gateway.api.object;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.ResponseCode;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.model.ResourceModel;
import org.lwm2m.gateway.api.node.ResourceNode;

/**
 * An {@link ObjectProvider} over in-process {@link ObjectInstance}s with synchronous operations. Subclasses add
 * and remove instances and override {@link #newInstance} / {@link #canDelete} to let servers create and delete.
 */
public abstract class BaseObjectProvider implements ObjectProvider {

    private final ObjectModel model;
    private final ConcurrentNavigableMap<Integer, ObjectInstance> instances = new ConcurrentSkipListMap<>();
    private final List<ObjectListener> listeners = new CopyOnWriteArrayList<>();

    protected BaseObjectProvider(ObjectModel model) {
        this.model = model;
    }

    @Override
    public ObjectModel model() {
        return model;
    }

    @Override
    public SortedSet<Integer> instanceIds() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(instances.keySet()));
    }

    /** The instance with this id, or null. */
    protected ObjectInstance instance(int instanceId) {
        return instances.get(instanceId);
    }

    /** Adds or replaces an instance and tells listeners. */
    protected final void putInstance(int instanceId, ObjectInstance instance) {
        instances.put(instanceId, instance);
        listeners.forEach(l -> l.instancesChanged(this));
    }

    /** Removes an instance (if present) and tells listeners. */
    protected final void removeInstance(int instanceId) {
        if (instances.remove(instanceId) != null) {
            listeners.forEach(l -> l.instancesChanged(this));
        }
    }

    /** Tells listeners that a resource value changed. */
    protected final void fireValueChanged(int instanceId, int resourceId) {
        LwM2mPath path = LwM2mPath.of(model.id(), instanceId, resourceId);
        listeners.forEach(l -> l.valueChanged(this, path));
    }

    @Override
    public SortedSet<Integer> resourceIds(int instanceId) {
        ObjectInstance i = instances.get(instanceId);
        return i == null ? Collections.emptySortedSet() : i.resourceIds();
    }

    @Override
    public CompletionStage<ResourceNode> read(Requester requester, int instanceId, int resourceId) {
        try {
            return CompletableFuture.completedFuture(existing(instanceId).read(resourceId));
        } catch (LwM2mException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public CompletionStage<Void> write(Requester requester, int instanceId, List<ResourceNode> resources,
            WriteMode mode) {
        try {
            ObjectInstance instance = existing(instanceId);
            WriteMode each = mode == WriteMode.REPLACE_INSTANCE ? WriteMode.REPLACE : mode;
            List<Integer> changed = new ArrayList<>();
            synchronized (instance) {
                for (ResourceNode r : resources) {
                    instance.check(r, each);
                }
                for (ResourceNode r : resources) {
                    ResourceNode before = current(instance, r.id());
                    instance.write(r, each);
                    if (before == null || !before.equals(current(instance, r.id()))) {
                        changed.add(r.id());
                    }
                }
                if (mode == WriteMode.REPLACE_INSTANCE) {
                    changed.addAll(resetUnwritten(instance, resources));
                }
            }
            changed.forEach(resourceId -> fireValueChanged(instanceId, resourceId));
            return CompletableFuture.completedFuture(null);
        } catch (LwM2mException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Resets the optional writable resources a replace of the whole instance did not carry; returns those gone. */
    private List<Integer> resetUnwritten(ObjectInstance instance, List<ResourceNode> written) {
        Set<Integer> given = new HashSet<>();
        written.forEach(r -> given.add(r.id()));
        List<Integer> gone = new ArrayList<>();
        for (int resourceId : new ArrayList<>(instance.resourceIds())) {
            ResourceModel resource = model.resource(resourceId);
            if (resource != null && resource.operations().isWritable() && !resource.mandatory()
                    && !given.contains(resourceId)) {
                instance.reset(resourceId);
                if (!instance.resourceIds().contains(resourceId)) {
                    gone.add(resourceId);
                }
            }
        }
        return gone;
    }

    @Override
    public CompletionStage<Void> execute(Requester requester, int instanceId, int resourceId, String arguments) {
        try {
            existing(instanceId).execute(resourceId, arguments);
            return CompletableFuture.completedFuture(null);
        } catch (LwM2mException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public CompletionStage<Integer> create(Requester requester, Integer instanceId, List<ResourceNode> resources) {
        try {
            int id = instanceId != null ? instanceId : freeId();
            ObjectInstance created = newInstance(id, new ArrayList<>(resources));
            if (instances.containsKey(id)) {
                throw LwM2mException.badRequest("instance " + id + " already exists");
            }
            if (!model.multipleInstances() && !instances.isEmpty()) {
                throw LwM2mException.badRequest("object " + model.id() + " is single-instance");
            }
            putInstance(id, created);
            return CompletableFuture.completedFuture(id);
        } catch (LwM2mException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public CompletionStage<Void> delete(Requester requester, int instanceId) {
        try {
            existing(instanceId);
            if (!canDelete(instanceId)) {
                throw LwM2mException.notAllowed("instance " + instanceId + " cannot be deleted");
            }
            removeInstance(instanceId);
            return CompletableFuture.completedFuture(null);
        } catch (LwM2mException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Builds (without adding it) an instance a server asked to create; must have no side effect, since the
     * create may still be refused. The default refuses with 4.05.
     */
    protected ObjectInstance newInstance(int instanceId, List<ResourceNode> resources) throws LwM2mException {
        throw LwM2mException.notAllowed("object " + model.id() + " does not support create");
    }

    /** Whether a server may delete this instance; the default is no. */
    protected boolean canDelete(int instanceId) {
        return false;
    }

    @Override
    public void addListener(ObjectListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(ObjectListener listener) {
        listeners.remove(listener);
    }

    /**
     * What a resource holds now, or null where that is unknown (absent, or not readable): a write there counts as
     * a change, since nobody can tell it was none.
     */
    private static ResourceNode current(ObjectInstance instance, int resourceId) {
        try {
            return instance.read(resourceId);
        } catch (LwM2mException e) {
            return null;
        }
    }

    private ObjectInstance existing(int instanceId) throws LwM2mException {
        ObjectInstance i = instances.get(instanceId);
        if (i == null) {
            throw LwM2mException.notFound(LwM2mPath.of(model.id(), instanceId));
        }
        return i;
    }

    private int freeId() throws LwM2mException {
        for (int id = 0; id <= LwM2mPath.MAX_ID; id++) {
            if (!instances.containsKey(id)) {
                return id;
            }
        }
        throw new LwM2mException(ResponseCode.INTERNAL_SERVER_ERROR, "no free instance id");
    }
}
