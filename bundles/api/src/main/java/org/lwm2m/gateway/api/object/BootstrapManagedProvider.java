package org.lwm2m.gateway.api.object;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.node.ResourceNode;

/**
 * An object whose instances only a bootstrap server creates and deletes (the Security and Server objects; the Access
 * Control object lets the gateway itself too): anyone else gets 4.05. A created instance starts as {@link #emptyInstance} and takes
 * the written values through its checks, all of them before any is applied.
 */
public abstract class BootstrapManagedProvider extends BaseObjectProvider {

    protected BootstrapManagedProvider(ObjectModel model) {
        super(model);
    }

    /** A new instance without values, with the checks of its writable resources and its executables. */
    protected abstract ValueInstance emptyInstance(int instanceId);

    /** Who may create and delete instances: the bootstrap server, unless a subclass lets the gateway itself too. */
    protected boolean mayManage(Requester requester) {
        return requester.equals(Requester.BOOTSTRAP_SERVER);
    }

    @Override
    public CompletionStage<Integer> create(Requester requester, Integer instanceId, List<ResourceNode> resources) {
        return mayManage(requester) ? super.create(requester, instanceId, resources)
                : CompletableFuture.failedFuture(LwM2mException.notAllowed(requester + " may not create "
                        + model().name() + " instances"));
    }

    @Override
    public CompletionStage<Void> delete(Requester requester, int instanceId) {
        return mayManage(requester) ? super.delete(requester, instanceId)
                : CompletableFuture.failedFuture(LwM2mException.notAllowed(requester + " may not delete "
                        + model().name() + " instances"));
    }

    /** What the bootstrap server may delete; every instance unless a subclass keeps some. */
    @Override
    protected boolean canDelete(int instanceId) {
        return true;
    }

    @Override
    protected ObjectInstance newInstance(int instanceId, List<ResourceNode> resources) throws LwM2mException {
        ValueInstance instance = emptyInstance(instanceId);
        for (ResourceNode resource : resources) {
            instance.check(resource, WriteMode.REPLACE);
        }
        for (ResourceNode resource : resources) {
            instance.write(resource, WriteMode.REPLACE);
        }
        return instance;
    }
}
