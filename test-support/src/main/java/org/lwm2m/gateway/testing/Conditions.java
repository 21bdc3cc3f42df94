package org.lwm2m.gateway.testing;

import java.time.Duration;
import java.time.Instant;

/**
 * Waits for a condition that nothing announces (a value a timer changes, a web page that starts answering), looking
 * again every few milliseconds, and fails with {@code what} once the bound has passed: the one place where tests
 * poll, so that none sleeps and hopes.
 */
public final class Conditions {

    private static final Duration STEP = Duration.ofMillis(20);

    /** A condition, which may have to ask over the network to find out. */
    @FunctionalInterface
    public interface Condition {
        boolean holds() throws Exception;
    }

    private Conditions() {
    }

    /** @throws AssertionError naming {@code what} if the condition does not hold within {@code bound} */
    public static void await(String what, Duration bound, Condition condition) throws Exception {
        Instant end = Instant.now().plus(bound);
        while (!condition.holds()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError(what + " within " + bound);
            }
            Thread.sleep(STEP.toMillis());
        }
    }
}
