package org.lwm2m.gateway.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.ResponseCode;
import org.lwm2m.gateway.api.model.ResourceModel;
import org.lwm2m.gateway.api.node.InstanceNode;
import org.lwm2m.gateway.api.node.LwM2mNode;
import org.lwm2m.gateway.api.node.MultipleResource;
import org.lwm2m.gateway.api.node.ObjectNode;
import org.lwm2m.gateway.api.node.ResourceInstance;
import org.lwm2m.gateway.api.node.ResourceNode;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.lwm2m.gateway.api.object.Requester;

/**
 * Assembles the node at a target from its provider's resource reads, composing their stages so that no thread
 * waits. An object or instance holds only the readable resources its instances have.
 */
final class NodeReader {

    private NodeReader() {
    }

    /** Reads the node at {@code target}: an object, instance, resource or resource instance. */
    static CompletableFuture<LwM2mNode> read(Target target) {
        LwM2mPath path = target.path();
        ObjectProvider provider = target.provider();
        Requester requester = target.requester();
        if (path.isObject()) {
            List<CompletableFuture<InstanceNode>> instances = new ArrayList<>();
            for (int instanceId : provider.instanceIds()) {
                instances.add(instance(requester, provider, instanceId));
            }
            return all(instances).thenApply(list -> ObjectNode.of(path.objectId(), list));
        }
        if (path.isObjectInstance()) {
            return instance(requester, provider, path.instanceId()).thenApply(LwM2mNode.class::cast);
        }
        CompletableFuture<ResourceNode> resource = resource(requester, provider, target.resource(),
                target.resourcePath());
        if (path.isResource()) {
            return resource.thenApply(LwM2mNode.class::cast);
        }
        return resource.thenApply(node -> {
            Value value = ((MultipleResource) node).instances().get(path.resourceInstanceId());
            if (value == null) {
                throw new CompletionException(LwM2mException.notFound(path));
            }
            return new ResourceInstance(path.resourceInstanceId(), value);
        });
    }

    /**
     * Reads one resource and checks the provider's answer against the model, so a provider bug surfaces as 5.00
     * instead of a wrongly encoded payload.
     */
    static CompletableFuture<ResourceNode> resource(Requester requester, ObjectProvider provider, ResourceModel model,
            LwM2mPath path) {
        return Stages.call(() -> provider.read(requester, path.instanceId(), path.resourceId())).thenApply(node -> {
            if (node == null || !PayloadCheck.fits(model, node)) {
                throw new CompletionException(new LwM2mException(ResponseCode.INTERNAL_SERVER_ERROR,
                        "object " + path.objectId() + " returned an invalid value for " + path));
            }
            return node;
        });
    }

    private static CompletableFuture<InstanceNode> instance(Requester requester, ObjectProvider provider,
            int instanceId) {
        List<CompletableFuture<ResourceNode>> resources = new ArrayList<>();
        for (int resourceId : provider.resourceIds(instanceId)) {
            ResourceModel model = provider.model().resource(resourceId);
            if (model != null && model.operations().isReadable()) {
                LwM2mPath path = LwM2mPath.of(provider.model().id(), instanceId, resourceId);
                resources.add(resource(requester, provider, model, path));
            }
        }
        return all(resources).thenApply(list -> InstanceNode.of(instanceId, list));
    }

    /** All results in order, or the first failure as soon as it happens, without waiting for slower reads. */
    private static <T> CompletableFuture<List<T>> all(List<CompletableFuture<T>> stages) {
        CompletableFuture<List<T>> result = new CompletableFuture<>();
        for (CompletableFuture<T> stage : stages) {
            stage.whenComplete((value, failure) -> {
                if (failure != null) {
                    result.completeExceptionally(failure);
                }
            });
        }
        CompletableFuture.allOf(stages.toArray(CompletableFuture[]::new))
                .thenRun(() -> result.complete(stages.stream().map(CompletableFuture::join).toList()));
        return result;
    }
}
