package org.lwm2m.gateway.engine;

import java.util.concurrent.CompletableFuture;

import org.lwm2m.gateway.api.LwM2mException;

/** The Delete operation (DELETE on an object instance). */
final class DeleteOperation {

    /** @throws LwM2mException 4.05 for anything but an object instance */
    CompletableFuture<Reply> delete(Target target) throws LwM2mException {
        if (!target.path().isObjectInstance()) {
            throw LwM2mException.notAllowed("Delete is only defined on an object instance");
        }
        return Stages.call(() -> target.provider().delete(target.requester(), target.path().instanceId()))
                .thenApply(done -> Reply.deleted());
    }
}
