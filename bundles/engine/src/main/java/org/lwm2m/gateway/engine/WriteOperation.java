package org.lwm2m.gateway.engine;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.node.LwM2mNode;
import org.lwm2m.gateway.api.node.ResourceNode;
import org.lwm2m.gateway.api.object.WriteMode;

/**
 * The Write operation (PUT replaces, POST updates): decodes the payload, checks it entirely against the model and
 * hands it to the provider in one call, so a refused value leaves everything unwritten.
 */
final class WriteOperation {

    private final RequestContext context;
    private final ContentNegotiation negotiation;

    WriteOperation(RequestContext context, ContentNegotiation negotiation) {
        this.context = context;
        this.negotiation = negotiation;
    }

    /**
     * Writes an instance, a resource or one resource instance. Writing a resource instance always merges it into
     * its multiple resource; replacing an instance resets the optional writable resources the payload leaves out.
     *
     * @param contentFormat the request's Content-Format, or {@link Reply#NO_FORMAT}
     * @throws LwM2mException 4.05 for an object or a resource servers may not write, 4.00 without Content-Format
     *                        or with a payload that does not fit the model, 4.15 for a format that cannot carry it
     */
    CompletableFuture<Reply> write(Target target, WriteMode mode, int contentFormat, byte[] payload)
            throws LwM2mException {
        LwM2mPath path = target.path();
        if (path.isObject()) {
            throw LwM2mException.notAllowed("Write is not defined on an object");
        }
        if (target.resource() != null) {
            PayloadCheck.writable(target.resource(), target.resourcePath());
        }
        if (contentFormat == Reply.NO_FORMAT) {
            throw LwM2mException.badRequest("a Write needs a Content-Format");
        }
        LwM2mNode node = negotiation.forPayload(target, contentFormat).decode(path, payload, target.model());
        List<ResourceNode> resources = PayloadCheck.forWrite(target, node);
        WriteMode effective = path.isResourceInstance() ? WriteMode.UPDATE
                : path.isObjectInstance() && mode == WriteMode.REPLACE ? WriteMode.REPLACE_INSTANCE : mode;
        return Stages.call(() -> target.provider().write(target.requester(), path.instanceId(), resources, effective))
                .thenApply(done -> {
                    resources.forEach(
                            r -> context.afterWrite(LwM2mPath.of(path.objectId(), path.instanceId(), r.id())));
                    return Reply.changed();
                });
    }
}
