package org.lwm2m.gateway.engine;

import java.time.Duration;

/**
 * The timing of a client's registration: how long changes are gathered into one Update, the retry backoff, how
 * long a De-register may take, how long a provider may take to answer a local read, and the floor of the
 * delay before a lifetime-refreshing Update.
 */
record RegistrationTimings(Duration coalesce, Duration firstRetry, Duration maxRetry, Duration deregisterTimeout,
        Duration providerTimeout, Duration minUpdateDelay) {

    static final RegistrationTimings DEFAULT = new RegistrationTimings(Duration.ofMillis(300), Duration.ofSeconds(1),
            Duration.ofMinutes(5), Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(1));

    /** Share of the lifetime after which the Update that keeps the registration alive is sent. */
    private static final double UPDATE_AT = 0.9;

    /**
     * The wait before retry number {@code failures} (0 for the first): doubling from {@link #firstRetry} up to
     * {@link #maxRetry}, spread by ±20 % with {@code random} (0..1) so that many gateways do not retry in step.
     */
    long retryDelayMillis(int failures, double random) {
        long base = firstRetry.toMillis() << Math.min(failures, 20);
        long capped = Math.min(base, maxRetry.toMillis());
        return Math.max(1, Math.round(capped * (0.8 + 0.4 * random)));
    }

    /** The wait before the Update that refreshes a registration of this lifetime (seconds). */
    long updateDelayMillis(long lifetimeSeconds) {
        return Math.max(minUpdateDelay.toMillis(), Math.round(lifetimeSeconds * 1000 * UPDATE_AT));
    }
}
