package org.lwm2m.gateway.engine;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CompletionStage;

import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.node.ResourceNode;
import org.lwm2m.gateway.api.object.ObjectListener;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.lwm2m.gateway.api.object.Requester;
import org.lwm2m.gateway.api.object.WriteMode;

/**
 * An object as one server may see it whole: a Read, Observe or Discover of the object shows only the instances the
 * server has the right to read. Every call goes to the object; only the list of instances is narrowed.
 */
final class ReadableInstances implements ObjectProvider {

    private final ObjectProvider object;
    private final Requester server;
    private final AccessControl access;

    ReadableInstances(ObjectProvider object, Requester server, AccessControl access) {
        this.object = object;
        this.server = server;
        this.access = access;
    }

    @Override
    public ObjectModel model() {
        return object.model();
    }

    @Override
    public SortedSet<Integer> instanceIds() {
        SortedSet<Integer> readable = new TreeSet<>();
        for (int id : object.instanceIds()) {
            if (access.mayRead(server, object.model().id(), id)) {
                readable.add(id);
            }
        }
        return readable;
    }

    @Override
    public SortedSet<Integer> resourceIds(int instanceId) {
        return object.resourceIds(instanceId);
    }

    @Override
    public CompletionStage<ResourceNode> read(Requester requester, int instanceId, int resourceId) {
        return object.read(requester, instanceId, resourceId);
    }

    @Override
    public CompletionStage<Void> write(Requester requester, int instanceId, List<ResourceNode> resources,
            WriteMode mode) {
        return object.write(requester, instanceId, resources, mode);
    }

    @Override
    public CompletionStage<Void> execute(Requester requester, int instanceId, int resourceId, String arguments) {
        return object.execute(requester, instanceId, resourceId, arguments);
    }

    @Override
    public CompletionStage<Integer> create(Requester requester, Integer instanceId, List<ResourceNode> resources) {
        return object.create(requester, instanceId, resources);
    }

    @Override
    public CompletionStage<Void> delete(Requester requester, int instanceId) {
        return object.delete(requester, instanceId);
    }

    @Override
    public void addListener(ObjectListener listener) {
        object.addListener(listener);
    }

    @Override
    public void removeListener(ObjectListener listener) {
        object.removeListener(listener);
    }
}
