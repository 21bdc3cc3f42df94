package org.lwm2m.gateway.driver.simulated;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/** The one thread that samples every simulated peripheral of this bundle; it ends with the bundle. */
@Component(service = SimulationClock.class)
public class SimulationClock {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "lwm2m-simulated-peripherals");
        thread.setDaemon(true);
        return thread;
    });

    /** Runs {@code sample} every {@code interval} until the returned future is cancelled. */
    ScheduledFuture<?> every(Duration interval, Runnable sample) {
        return scheduler.scheduleAtFixedRate(sample, interval.toNanos(), interval.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Deactivate
    void deactivate() {
        scheduler.shutdownNow();
    }
}
