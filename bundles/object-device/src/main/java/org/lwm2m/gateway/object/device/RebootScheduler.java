package org.lwm2m.gateway.object.device;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a reboot a moment after it was requested, so the server gets its response first. Owns one thread,
 * which {@link #close()} ends, cancelling a reboot that has not started yet.
 */
final class RebootScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RebootScheduler.class);

    private final ScheduledExecutorService executor;
    private volatile Thread worker;
    private Future<?> pending;

    RebootScheduler() {
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "lwm2m-device-reboot");
            thread.setDaemon(true);
            worker = thread;
            return thread;
        });
    }

    /**
     * Runs {@code reboot} after {@code delay}, unless a reboot is already waiting.
     *
     * @return false if a reboot was already waiting
     * @throws RejectedExecutionException after {@link #close()}
     */
    synchronized boolean schedule(Runnable reboot, Duration delay) {
        if (pending != null && !pending.isDone()) {
            return false;
        }
        pending = executor.schedule(() -> {
            try {
                reboot.run();
            } catch (RuntimeException e) {
                LOG.error("Reboot failed", e);
            }
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
        return true;
    }

    boolean isTerminated() {
        return executor.isTerminated();
    }

    /** Cancels a waiting reboot and ends the thread; waits briefly for a reboot that is already running. */
    @Override
    public void close() {
        synchronized (this) {
            if (pending != null) {
                pending.cancel(false);
            }
        }
        executor.shutdownNow();
        if (Thread.currentThread() == worker) {
            // a reboot handler that stops this bundle synchronously closes us from our own thread
            return;
        }
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("The reboot thread did not end within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
