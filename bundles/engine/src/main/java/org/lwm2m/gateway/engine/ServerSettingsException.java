package org.lwm2m.gateway.engine;

/**
 * Security or Server instances that no registration can be made with (an unsupported mode, a bad URI ...), or
 * that could not be read just now (a provider that failed or did not answer in time).
 */
final class ServerSettingsException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean unreadable;

    ServerSettingsException(String message) {
        this(message, null, false);
    }

    ServerSettingsException(String message, Throwable cause) {
        this(message, cause, false);
    }

    private ServerSettingsException(String message, Throwable cause, boolean unreadable) {
        super(message, cause);
        this.unreadable = unreadable;
    }

    /** A read that failed: the settings may well be fine, so this is worth trying again. */
    static ServerSettingsException unreadable(String message, Throwable cause) {
        return new ServerSettingsException(message, cause, true);
    }

    boolean unreadable() {
        return unreadable;
    }
}
