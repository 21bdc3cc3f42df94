package org.lwm2m.gateway.engine;

import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.node.ResourceNode;
import org.lwm2m.gateway.api.object.BaseObjectProvider;
import org.lwm2m.gateway.api.object.ObjectInstance;
import org.lwm2m.gateway.api.object.Requester;
import org.lwm2m.gateway.api.object.ValueInstance;
import org.lwm2m.gateway.api.object.WriteMode;

/**
 * An in-memory object of {@link ValueInstance}s that records the writes it gets; servers may create and delete
 * instances when it says so.
 */
class TestProvider extends BaseObjectProvider {

    /** One call of {@link #write}. */
    record Write(Requester requester, int instanceId, List<ResourceNode> resources, WriteMode mode) {
    }

    /** Every write call, in order. */
    final List<Write> writes = new CopyOnWriteArrayList<>();

    private final boolean serverManaged;

    /** An object whose instances only the gateway side adds and removes. */
    TestProvider(ObjectModel model) {
        this(model, false);
    }

    TestProvider(ObjectModel model, boolean serverManaged) {
        super(model);
        this.serverManaged = serverManaged;
    }

    ValueInstance add(int instanceId) {
        ValueInstance instance = newValueInstance(instanceId);
        putInstance(instanceId, instance);
        return instance;
    }

    void remove(int instanceId) {
        removeInstance(instanceId);
    }

    ValueInstance get(int instanceId) {
        return (ValueInstance) instance(instanceId);
    }

    @Override
    public CompletionStage<Void> write(Requester requester, int instanceId, List<ResourceNode> resources,
            WriteMode mode) {
        writes.add(new Write(requester, instanceId, List.copyOf(resources), mode));
        return super.write(requester, instanceId, resources, mode);
    }

    @Override
    protected ObjectInstance newInstance(int instanceId, List<ResourceNode> resources) throws LwM2mException {
        if (!serverManaged) {
            return super.newInstance(instanceId, resources);
        }
        ValueInstance instance = newValueInstance(instanceId);
        for (ResourceNode resource : resources) {
            instance.write(resource, WriteMode.REPLACE);
        }
        return instance;
    }

    @Override
    protected boolean canDelete(int instanceId) {
        return serverManaged;
    }

    private ValueInstance newValueInstance(int instanceId) {
        return new ValueInstance(model(), instanceId, r -> fireValueChanged(instanceId, r));
    }
}
