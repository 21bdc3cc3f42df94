package org.lwm2m.gateway.engine;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The threads every client of the framework shares, in two pools. The scheduler runs Californium's protocol stages
 * and timers, DTLS record processing and the engine's timers: nothing on it may block. The callback pool runs
 * everything that calls into other bundles' code (object providers, execute callbacks, event listeners), so a slow
 * callback delays other callbacks at worst, never a retransmission. A client owns no thread of its own besides its
 * connector's receiver and sender.
 */
@Component(service = EngineExecutors.class)
public class EngineExecutors {

    private static final Logger LOG = LoggerFactory.getLogger(EngineExecutors.class);

    /** Thread name prefix of the scheduler, so that tests and operators can tell the engine's threads apart. */
    static final String THREAD_PREFIX = "lwm2m-engine-";
    /** Thread name prefix of the callback pool. */
    static final String CALLBACK_PREFIX = "lwm2m-callback-";

    private static final long TERMINATION_SECONDS = 5;

    private final int schedulerThreads;
    private final int callbackThreads;
    private volatile ScheduledThreadPoolExecutor scheduler;
    private volatile ExecutorService callbacks;

    public EngineExecutors() {
        this(Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors())));
    }

    EngineExecutors(int threads) {
        this(threads, threads);
    }

    EngineExecutors(int schedulerThreads, int callbackThreads) {
        this.schedulerThreads = schedulerThreads;
        this.callbackThreads = callbackThreads;
    }

    @Activate
    void activate() {
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(schedulerThreads, daemons(THREAD_PREFIX));
        // Cancelled timers (every Update reschedules one) must not pile up in the queue until they expire.
        pool.setRemoveOnCancelPolicy(true);
        pool.prestartAllCoreThreads();
        scheduler = pool;
        ThreadPoolExecutor callbackPool = new ThreadPoolExecutor(callbackThreads, callbackThreads, 0,
                TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), daemons(CALLBACK_PREFIX));
        callbackPool.prestartAllCoreThreads();
        callbacks = callbackPool;
        LOG.debug("Engine executors started with {} scheduler and {} callback threads", schedulerThreads,
                callbackThreads);
    }

    @Deactivate
    void deactivate() {
        ExecutorService pool = scheduler;
        ExecutorService callbackPool = callbacks;
        if (pool == null) {
            return;
        }
        scheduler = null;
        callbacks = null;
        callbackPool.shutdownNow();
        pool.shutdownNow();
        try {
            boolean callbacksEnded = callbackPool.awaitTermination(TERMINATION_SECONDS, TimeUnit.SECONDS);
            boolean schedulerEnded = pool.awaitTermination(TERMINATION_SECONDS, TimeUnit.SECONDS);
            if (!callbacksEnded || !schedulerEnded) {
                LOG.warn("Engine threads did not end within {} s", TERMINATION_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The shared scheduler, for protocol work and timers only. Valid between activate and deactivate. */
    ScheduledExecutorService scheduler() {
        return active(scheduler);
    }

    /** The shared pool for work that calls providers, callbacks or listeners. Valid between activate and deactivate. */
    ExecutorService callbacks() {
        return active(callbacks);
    }

    private static <T extends ExecutorService> T active(T pool) {
        if (pool == null) {
            throw new IllegalStateException("engine executors are not active");
        }
        return pool;
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
