package org.lwm2m.gateway.engine;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.ResponseCode;
import org.lwm2m.gateway.api.node.InstanceNode;
import org.lwm2m.gateway.api.node.LwM2mNode;
import org.lwm2m.gateway.api.node.ObjectNode;
import org.lwm2m.gateway.api.node.ResourceNode;

/**
 * The Create operation (POST on an object): creates one instance from the payload, with the id the server chose or
 * one the provider picks, and answers with its location.
 */
final class CreateOperation {

    private final ContentNegotiation negotiation;

    CreateOperation(ContentNegotiation negotiation) {
        this.negotiation = negotiation;
    }

    /**
     * @param contentFormat the request's Content-Format, or {@link Reply#NO_FORMAT} (allowed for an empty payload)
     * @throws LwM2mException 4.00 for a payload that does not describe one valid instance or names an existing
     *                        one, 4.15 for a format that cannot carry an object
     */
    CompletableFuture<Reply> create(Target target, int contentFormat, byte[] payload) throws LwM2mException {
        Integer instanceId = null;
        List<ResourceNode> resources = List.of();
        if (payload.length > 0 || contentFormat != Reply.NO_FORMAT) {
            if (contentFormat == Reply.NO_FORMAT) {
                throw LwM2mException.badRequest("a Create with a payload needs a Content-Format");
            }
            ContentNegotiation.Choice codec = negotiation.forPayload(target, contentFormat);
            NewInstance instance = decode(codec, target, payload);
            instanceId = instance.id();
            resources = PayloadCheck.forCreate(target.model(), instance.path(), instance.node());
        }
        if (instanceId != null && target.provider().instanceIds().contains(instanceId)) {
            throw LwM2mException.badRequest("instance " + LwM2mPath.of(target.path().objectId(), instanceId)
                    + " already exists");
        }
        Integer requested = instanceId;
        List<ResourceNode> values = resources;
        return Stages.call(() -> target.provider().create(target.requester(), requested, values)).thenApply(id -> {
            if (id == null || id < 0 || id > LwM2mPath.MAX_ID) {
                throw new CompletionException(new LwM2mException(ResponseCode.INTERNAL_SERVER_ERROR,
                        "object " + target.path().objectId() + " created no valid instance"));
            }
            return Reply.created(target.path().objectId() + "/" + id);
        });
    }

    /** The instance a Create describes; {@code id} is null when the client is to choose it. */
    private record NewInstance(Integer id, LwM2mPath path, InstanceNode node) {
    }

    /**
     * Reads the payload as an object with one instance (the server chose the id) or, failing that, as the resources
     * of a new instance (the client chooses). Codecs only know nodes at a path, so the resources are read at the
     * path of the instance the client would most likely pick.
     */
    private static NewInstance decode(ContentNegotiation.Choice codec, Target target, byte[] payload)
            throws LwM2mException {
        LwM2mPath objectPath = target.path();
        LwM2mException asObject;
        try {
            InstanceNode instance = single(codec.decode(objectPath, payload, target.model()), objectPath);
            return new NewInstance(instance.id(), objectPath.append(instance.id()), instance);
        } catch (LwM2mException e) {
            asObject = e;
        }
        LwM2mPath instancePath = objectPath.append(firstFreeId(target));
        if (!codec.codec().supports(instancePath, target.model())) {
            throw asObject;
        }
        try {
            LwM2mNode node = codec.decode(instancePath, payload, target.model());
            if (node instanceof InstanceNode instance) {
                return new NewInstance(null, instancePath, instance);
            }
        } catch (LwM2mException e) {
            throw LwM2mException.badRequest(asObject.getMessage() + "; as resources: " + e.getMessage());
        }
        throw asObject;
    }

    private static int firstFreeId(Target target) {
        Set<Integer> taken = target.provider().instanceIds();
        int id = 0;
        while (taken.contains(id) && id < LwM2mPath.MAX_ID) {
            id++;
        }
        return id;
    }

    private static InstanceNode single(LwM2mNode node, LwM2mPath path) throws LwM2mException {
        if (!(node instanceof ObjectNode object) || object.instances().size() != 1) {
            throw LwM2mException.badRequest("a Create carries exactly one instance of " + path);
        }
        return object.instances().values().iterator().next();
    }
}
