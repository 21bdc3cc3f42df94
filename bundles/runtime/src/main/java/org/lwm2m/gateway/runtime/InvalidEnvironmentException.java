package org.lwm2m.gateway.runtime;

/** An environment variable holds a value the gateway cannot use; the message says which and why. */
final class InvalidEnvironmentException extends Exception {

    private static final long serialVersionUID = 1L;

    InvalidEnvironmentException(String message) {
        super(message);
    }
}
