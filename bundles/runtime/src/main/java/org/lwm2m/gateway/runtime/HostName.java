package org.lwm2m.gateway.runtime;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.function.Function;

/** The name of the machine (or container) the gateway runs on, for the default endpoint name. */
final class HostName {

    private HostName() {
    }

    /**
     * HOSTNAME when the environment sets it (containers do), else what the resolver calls the local host,
     * else "localhost".
     */
    static String of(Function<String, String> environment) {
        return Optional.ofNullable(environment.apply("HOSTNAME"))
                .map(String::trim)
                .filter(name -> !name.isEmpty())
                .orElseGet(HostName::resolved);
    }

    private static String resolved() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
