package org.lwm2m.gateway.engine;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.node.MultipleResource;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.api.object.WriteMode;

/**
 * The Delete operation (DELETE): on an object instance, which the object may refuse; on a resource instance (LwM2M
 * 1.1), which leaves the other instances of its multiple resource as they are.
 */
final class DeleteOperation {

    /**
     * @throws LwM2mException 4.05 for anything but an object instance or a resource instance, or a resource servers
     *                        may not write
     */
    CompletableFuture<Reply> delete(Target target) throws LwM2mException {
        if (target.path().isResourceInstance()) {
            return deleteResourceInstance(target);
        }
        if (!target.path().isObjectInstance()) {
            throw LwM2mException.notAllowed("Delete is defined on an object instance or a resource instance");
        }
        return Stages.call(() -> target.provider().delete(target.requester(), target.path().instanceId()))
                .thenApply(done -> Reply.deleted());
    }

    /**
     * Rewrites the multiple resource without the instance, in one provider call: what a server may not write it may
     * not delete either (4.05), and an instance that is not there is 4.04.
     */
    private static CompletableFuture<Reply> deleteResourceInstance(Target target) throws LwM2mException {
        PayloadCheck.writable(target.resource(), target.resourcePath());
        int instanceId = target.path().instanceId();
        return NodeReader.resource(target.requester(), target.provider(), target.resource(), target.resourcePath())
                .thenCompose(node -> {
                    SortedMap<Integer, Value> remaining = new TreeMap<>(((MultipleResource) node).instances());
                    if (remaining.remove(target.path().resourceInstanceId()) == null) {
                        return CompletableFuture.failedFuture(LwM2mException.notFound(target.path()));
                    }
                    MultipleResource without = new MultipleResource(node.id(), target.resource().type(), remaining);
                    return Stages.call(() -> target.provider().write(target.requester(), instanceId, List.of(without),
                            WriteMode.REPLACE));
                })
                .thenApply(done -> Reply.deleted());
    }
}
