package org.lwm2m.gateway.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class EngineExecutorsTest {

    private static List<Thread> engineThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith(EngineExecutors.THREAD_PREFIX)).toList();
    }

    @Test
    void runsTasksOnItsThreadsAndEndsThemAtDeactivate() throws Exception {
        List<Thread> before = engineThreads();
        EngineExecutors executors = new EngineExecutors(3);
        executors.activate();
        List<Thread> started = new ArrayList<>(engineThreads());
        started.removeAll(before);
        assertEquals(3, started.size());

        CountDownLatch ran = new CountDownLatch(1);
        String[] name = new String[1];
        executors.scheduler().schedule(() -> {
            name[0] = Thread.currentThread().getName();
            ran.countDown();
        }, 10, TimeUnit.MILLISECONDS);
        assertTrue(ran.await(5, TimeUnit.SECONDS));
        assertTrue(name[0].startsWith(EngineExecutors.THREAD_PREFIX), name[0]);

        executors.deactivate();
        for (Thread t : started) {
            t.join(5000);
            assertFalse(t.isAlive(), t.getName());
        }
        assertThrows(IllegalStateException.class, executors::scheduler);
    }
}
