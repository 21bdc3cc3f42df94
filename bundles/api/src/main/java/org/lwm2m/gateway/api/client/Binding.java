package org.lwm2m.gateway.api.client;

import java.util.Objects;

/**
 * A value of the Server Binding resource (1/x/7): transport letters U (UDP), M (MQTT), H (HTTP), T (TCP),
 * S (SMS) and N (Non-IP), each at most once, optionally with Q, the queue-mode letter of LwM2M 1.0 ("UQ").
 */
public record Binding(String letters) {

    private static final String TRANSPORTS = "UMHTSN";
    private static final char QUEUE_MODE = 'Q';

    /** @throws IllegalArgumentException if {@code letters} is not a binding */
    public Binding {
        Objects.requireNonNull(letters, "letters");
        if (letters.isEmpty()) {
            throw new IllegalArgumentException("binding is empty");
        }
        boolean transport = false;
        for (int i = 0; i < letters.length(); i++) {
            char c = letters.charAt(i);
            if (TRANSPORTS.indexOf(c) < 0 && c != QUEUE_MODE) {
                throw new IllegalArgumentException("binding '" + letters + "' has '" + c
                        + "', expected letters of U, M, H, T, S, N and Q");
            }
            if (letters.indexOf(c) != i) {
                throw new IllegalArgumentException("binding '" + letters + "' repeats '" + c + "'");
            }
            transport |= c != QUEUE_MODE;
        }
        if (!transport) {
            throw new IllegalArgumentException("binding '" + letters + "' names no transport");
        }
    }

    @Override
    public String toString() {
        return letters;
    }
}
