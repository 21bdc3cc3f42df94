package org.lwm2m.gateway.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.ResponseCode;
import org.lwm2m.gateway.api.codec.CodecException;
import org.lwm2m.gateway.api.node.LwM2mNode;

/** The Read operation (GET): reads the target from its provider and encodes it in the negotiated format. */
final class ReadOperation {

    private final ContentNegotiation negotiation;

    ReadOperation(ContentNegotiation negotiation) {
        this.negotiation = negotiation;
    }

    /**
     * @param accept the request's Accept option, or {@link Reply#NO_FORMAT}
     * @throws LwM2mException 4.05 for a resource servers may not read, 4.06 if no acceptable format can carry it
     */
    CompletableFuture<Reply> read(Target target, int accept) throws LwM2mException {
        if (target.resource() != null && !target.resource().operations().isReadable()) {
            throw LwM2mException.notAllowed("resource " + target.resourcePath() + " is not readable");
        }
        ContentNegotiation.Choice choice = negotiation.forResponse(target, accept);
        return NodeReader.read(target).thenApply(node -> Reply.content(choice.format(), encode(choice, target, node)));
    }

    private static byte[] encode(ContentNegotiation.Choice choice, Target target, LwM2mNode node) {
        try {
            return choice.codec().encode(target.path(), node, target.model());
        } catch (CodecException e) {
            throw new CompletionException(new LwM2mException(ResponseCode.INTERNAL_SERVER_ERROR,
                    "cannot encode " + target.path() + ": " + e.getMessage(), e));
        }
    }
}
