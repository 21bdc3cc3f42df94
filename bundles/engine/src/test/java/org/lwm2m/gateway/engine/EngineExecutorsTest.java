package org.lwm2m.gateway.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class EngineExecutorsTest {

    private static List<Thread> threads(String prefix) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith(prefix)).toList();
    }

    private static List<Thread> started(String prefix, List<Thread> before) {
        List<Thread> started = new ArrayList<>(threads(prefix));
        started.removeAll(before);
        return started;
    }

    @Test
    void runsTasksOnTheThreadsOfEachPoolAndEndsThemAtDeactivate() throws Exception {
        List<Thread> schedulerBefore = threads(EngineExecutors.THREAD_PREFIX);
        List<Thread> callbacksBefore = threads(EngineExecutors.CALLBACK_PREFIX);
        EngineExecutors executors = new EngineExecutors(3, 2);
        executors.activate();
        List<Thread> scheduler = started(EngineExecutors.THREAD_PREFIX, schedulerBefore);
        List<Thread> callbacks = started(EngineExecutors.CALLBACK_PREFIX, callbacksBefore);
        assertEquals(3, scheduler.size());
        assertEquals(2, callbacks.size());

        CompletableFuture<String> timer = new CompletableFuture<>();
        executors.scheduler().schedule(() -> timer.complete(Thread.currentThread().getName()), 10,
                TimeUnit.MILLISECONDS);
        String callback = CompletableFuture.supplyAsync(() -> Thread.currentThread().getName(), executors.callbacks())
                .get(5, TimeUnit.SECONDS);
        assertTrue(timer.get(5, TimeUnit.SECONDS).startsWith(EngineExecutors.THREAD_PREFIX));
        assertTrue(callback.startsWith(EngineExecutors.CALLBACK_PREFIX), callback);

        executors.deactivate();
        List<Thread> all = new ArrayList<>(scheduler);
        all.addAll(callbacks);
        for (Thread t : all) {
            t.join(5000);
            assertFalse(t.isAlive(), t.getName());
        }
        assertThrows(IllegalStateException.class, executors::scheduler);
        assertThrows(IllegalStateException.class, executors::callbacks);
    }
}
