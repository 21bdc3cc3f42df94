package org.lwm2m.gateway.object.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class RebootSchedulerTest {

    @Test
    void runsTheRebootAfterTheDelayOnItsOwnThread() throws InterruptedException {
        CountDownLatch ran = new CountDownLatch(1);
        String[] thread = new String[1];
        long start = System.nanoTime();
        try (RebootScheduler scheduler = new RebootScheduler()) {
            assertTrue(scheduler.schedule(() -> {
                thread[0] = Thread.currentThread().getName();
                ran.countDown();
            }, Duration.ofMillis(100)));
            assertTrue(ran.await(10, TimeUnit.SECONDS));
        }
        assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(100));
        assertEquals("lwm2m-device-reboot", thread[0]);
    }

    @Test
    void aSecondRequestWhileOneIsDueIsFolded() {
        AtomicInteger runs = new AtomicInteger();
        try (RebootScheduler scheduler = new RebootScheduler()) {
            assertTrue(scheduler.schedule(runs::incrementAndGet, Duration.ofHours(1)));
            assertFalse(scheduler.schedule(runs::incrementAndGet, Duration.ofHours(1)));
        }
        assertEquals(0, runs.get());
    }

    @Test
    void closingCancelsAWaitingRebootAndEndsTheThread() {
        AtomicInteger runs = new AtomicInteger();
        RebootScheduler scheduler = new RebootScheduler();
        scheduler.schedule(runs::incrementAndGet, Duration.ofSeconds(30));

        scheduler.close();

        assertTrue(scheduler.isTerminated(), "the thread ended, so the cancelled reboot can never run");
        assertEquals(0, runs.get());
        assertThrows(RejectedExecutionException.class,
                () -> scheduler.schedule(runs::incrementAndGet, Duration.ZERO));
    }

    @Test
    void aFailingRebootDoesNotKillTheScheduler() throws InterruptedException {
        CountDownLatch second = new CountDownLatch(1);
        try (RebootScheduler scheduler = new RebootScheduler()) {
            CountDownLatch first = new CountDownLatch(1);
            scheduler.schedule(() -> {
                first.countDown();
                throw new IllegalStateException("handler failed on purpose");
            }, Duration.ZERO);
            assertTrue(first.await(10, TimeUnit.SECONDS));
            boolean scheduled = false;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!scheduled && System.nanoTime() < deadline) {
                scheduled = scheduler.schedule(second::countDown, Duration.ZERO);
                Thread.onSpinWait();
            }
            assertTrue(scheduled);
            assertTrue(second.await(10, TimeUnit.SECONDS));
        }
    }
}
