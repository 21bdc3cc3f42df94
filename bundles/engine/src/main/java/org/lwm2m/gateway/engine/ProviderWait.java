package org.lwm2m.gateway.engine;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.ResponseCode;

/** Waits, with a bound, for an object provider's operation: every way it ends becomes a result or an LwM2mException. */
final class ProviderWait {

    private ProviderWait() {
    }

    static <T> T await(CompletionStage<T> stage, Duration bound) throws LwM2mException {
        if (stage == null) {
            throw new LwM2mException(ResponseCode.INTERNAL_SERVER_ERROR, "provider returned no result");
        }
        try {
            return stage.toCompletableFuture().get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof LwM2mException l) {
                throw new LwM2mException(l.code(), l.getMessage(), l);
            }
            throw new LwM2mException(ResponseCode.INTERNAL_SERVER_ERROR, "provider failed: " + cause, cause);
        } catch (CancellationException e) {
            throw new LwM2mException(ResponseCode.INTERNAL_SERVER_ERROR, "provider cancelled the operation");
        } catch (TimeoutException e) {
            throw new LwM2mException(ResponseCode.SERVICE_UNAVAILABLE,
                    "provider did not answer within " + bound.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LwM2mException(ResponseCode.SERVICE_UNAVAILABLE, "interrupted");
        }
    }
}
