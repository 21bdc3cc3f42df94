package org.lwm2m.gateway.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/** Calls into providers and callbacks so that whatever they do (throw, return null) ends as a stage. */
final class Stages {

    /** An operation that may throw a checked exception, such as an application's execute callback. */
    @FunctionalInterface
    interface Action {
        void run() throws Exception;
    }

    private Stages() {
    }

    /** Starts a provider operation; a provider that throws or returns no stage gives a failed stage. */
    static <T> CompletableFuture<T> call(Supplier<? extends CompletionStage<T>> operation) {
        CompletionStage<T> stage;
        try {
            stage = operation.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        if (stage == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("provider returned no stage"));
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        stage.whenComplete((value, failure) -> {
            if (failure != null) {
                result.completeExceptionally(failure);
            } else {
                result.complete(value);
            }
        });
        return result;
    }

    /** Runs a synchronous action as a stage. */
    static CompletableFuture<Void> run(Action action) {
        try {
            action.run();
            return CompletableFuture.completedFuture(null);
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The failure a stage completed with, without the wrappers the stage machinery adds. */
    static Throwable cause(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
