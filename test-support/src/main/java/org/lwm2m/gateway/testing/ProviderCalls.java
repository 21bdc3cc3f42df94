package org.lwm2m.gateway.testing;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Duration;
import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.node.MultipleResource;
import org.lwm2m.gateway.api.node.ResourceNode;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.lwm2m.gateway.api.object.Requester;
import org.lwm2m.gateway.api.object.WriteMode;

/**
 * Calls on an {@link ObjectProvider} for provider tests: each waits for the provider's answer (at most
 * {@link #TIMEOUT}) and asserts what kind of answer it is.
 */
public final class ProviderCalls {

    /** How long a provider may take to answer; generous, since a healthy one answers in microseconds. */
    public static final Duration TIMEOUT = Duration.ofSeconds(5);

    private ProviderCalls() {
    }

    /**
     * The result of a stage that must succeed.
     *
     * @throws AssertionError if it fails (with its failure as the cause) or does not complete in time
     */
    public static <T> T await(CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("no answer within " + TIMEOUT.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for an answer", e);
        }
    }

    /**
     * The failure of a stage that must fail with an {@link LwM2mException}.
     *
     * @throws AssertionError if it succeeds, fails otherwise, or does not complete in time
     */
    public static LwM2mException failure(CompletionStage<?> stage) {
        Object result;
        try {
            result = stage.toCompletableFuture().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            return assertInstanceOf(LwM2mException.class, e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("no answer within " + TIMEOUT.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for an answer", e);
        }
        throw new AssertionError("expected a failure, but it succeeded with " + result);
    }

    /** Reads a single resource and returns its value. */
    public static Value read(ObjectProvider provider, int instanceId, int resourceId) {
        return assertInstanceOf(SingleResource.class,
                await(provider.read(Requester.SYSTEM, instanceId, resourceId))).value();
    }

    /** Reads a multiple resource and returns its instances by id. */
    public static SortedMap<Integer, Value> readMultiple(ObjectProvider provider, int instanceId, int resourceId) {
        return assertInstanceOf(MultipleResource.class,
                await(provider.read(Requester.SYSTEM, instanceId, resourceId))).instances();
    }

    /** Writes resources of one instance as a partial update, which must succeed. */
    public static void write(ObjectProvider provider, int instanceId, ResourceNode... resources) {
        await(provider.write(Requester.SYSTEM, instanceId, List.of(resources), WriteMode.UPDATE));
    }

    /** Executes a resource without arguments, which must succeed. */
    public static void execute(ObjectProvider provider, int instanceId, int resourceId) {
        await(provider.execute(Requester.SYSTEM, instanceId, resourceId, ""));
    }
}
