package org.lwm2m.gateway.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RegistrationTimingsTest {

    private final RegistrationTimings timings = RegistrationTimings.DEFAULT;

    @Test
    void retriesDoubleFromOneSecondUpToFiveMinutes() {
        assertEquals(1000, timings.retryDelayMillis(0, 0.5));
        assertEquals(2000, timings.retryDelayMillis(1, 0.5));
        assertEquals(4000, timings.retryDelayMillis(2, 0.5));
        assertEquals(256_000, timings.retryDelayMillis(8, 0.5));
        assertEquals(300_000, timings.retryDelayMillis(9, 0.5));
        assertEquals(300_000, timings.retryDelayMillis(1000, 0.5));
    }

    @Test
    void retriesAreSpreadByTwentyPercent() {
        assertEquals(800, timings.retryDelayMillis(0, 0.0));
        assertEquals(1200, timings.retryDelayMillis(0, 1.0));
        assertEquals(240_000, timings.retryDelayMillis(50, 0.0));
    }

    @Test
    void registrationIsRefreshedAtNinetyPercentOfItsLifetimeButNotSoonerThanTheFloor() {
        assertEquals(270_000, timings.updateDelayMillis(300));
        assertEquals(1800, timings.updateDelayMillis(2));
        assertEquals(1000, timings.updateDelayMillis(1));
        RegistrationTimings fast = new RegistrationTimings(Duration.ZERO, Duration.ofMillis(1), Duration.ofMillis(1),
                Duration.ZERO, Duration.ZERO, Duration.ofMillis(100));
        assertEquals(900, fast.updateDelayMillis(1));
    }
}
