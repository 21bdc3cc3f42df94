package org.lwm2m.gateway.engine;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The threads every client of the framework shares: Californium's protocol and timer executors, DTLS record
 * processing and the engine's own timers. A client owns no thread of its own besides its connector's receiver
 * and sender.
 */
@Component(service = EngineExecutors.class)
public class EngineExecutors {

    private static final Logger LOG = LoggerFactory.getLogger(EngineExecutors.class);

    /** Thread name prefix, so that tests and operators can tell the engine's threads apart. */
    static final String THREAD_PREFIX = "lwm2m-engine-";

    private final int threads;
    private volatile ScheduledThreadPoolExecutor scheduler;

    public EngineExecutors() {
        this(Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors())));
    }

    EngineExecutors(int threads) {
        this.threads = threads;
    }

    @Activate
    void activate() {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, THREAD_PREFIX + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(threads, factory);
        // Cancelled timers (every Update reschedules one) must not pile up in the queue until they expire.
        pool.setRemoveOnCancelPolicy(true);
        pool.prestartAllCoreThreads();
        scheduler = pool;
        LOG.debug("Engine executor started with {} threads", threads);
    }

    @Deactivate
    void deactivate() {
        ScheduledThreadPoolExecutor pool = scheduler;
        if (pool == null) {
            return;
        }
        scheduler = null;
        pool.shutdownNow();
        try {
            if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("Engine threads did not end within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The shared executor; also a timer. Valid between activate and deactivate. */
    ScheduledExecutorService scheduler() {
        ScheduledExecutorService pool = scheduler;
        if (pool == null) {
            throw new IllegalStateException("engine executors are not active");
        }
        return pool;
    }
}
