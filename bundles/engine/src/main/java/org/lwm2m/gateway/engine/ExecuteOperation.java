package org.lwm2m.gateway.engine;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

import org.lwm2m.gateway.api.ContentFormats;
import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.ResponseCode;
import org.lwm2m.gateway.api.client.ExecuteCallback;

/**
 * The Execute operation (POST on an executable resource): validates the arguments, then runs the callback an
 * application claimed for the resource, or else the provider's execute.
 */
final class ExecuteOperation {

    private final RequestContext context;

    ExecuteOperation(RequestContext context) {
        this.context = context;
    }

    /**
     * Runs on the caller's thread, which the dispatcher keeps off Californium's threads.
     *
     * @param contentFormat the request's Content-Format, or {@link Reply#NO_FORMAT}; arguments are plain text
     * @throws LwM2mException 4.05 for a resource that is not executable, 4.15 for a non-text payload format,
     *                        4.00 for arguments that break the LwM2M syntax
     */
    CompletableFuture<Reply> execute(Target target, int contentFormat, byte[] payload) throws LwM2mException {
        LwM2mPath path = target.path();
        if (!path.isResource() || !target.resource().operations().isExecutable()) {
            throw LwM2mException.notAllowed(path + " is not executable");
        }
        if (contentFormat != Reply.NO_FORMAT && contentFormat != ContentFormats.TEXT) {
            throw new LwM2mException(ResponseCode.UNSUPPORTED_CONTENT_FORMAT,
                    "execute arguments are plain text, not content format " + contentFormat);
        }
        String arguments = new String(payload, StandardCharsets.US_ASCII);
        ExecuteArguments.validate(arguments);
        context.beforeExecute(path);
        ExecuteCallback callback = context.claims().callback(path);
        CompletableFuture<Void> done = callback != null
                ? Stages.run(() -> callback.execute(path, arguments))
                : Stages.call(() -> target.provider().execute(target.requester(), path.instanceId(),
                        path.resourceId(), arguments));
        return done.thenApply(nothing -> {
            Runnable afterSent = context.afterExecute(path);
            return afterSent == null ? Reply.changed() : Reply.changedThen(afterSent);
        });
    }
}
