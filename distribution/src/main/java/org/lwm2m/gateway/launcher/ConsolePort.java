package org.lwm2m.gateway.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Properties;

/**
 * The web console's HTTP port, checked before the framework starts: a port another program holds would make Jetty
 * fail with traces that name nothing an operator can change. A taken port turns the console off with one line
 * that says how to move it; the gateway itself runs on.
 */
record ConsolePort(String host, int port) {

    /** The Felix HTTP service's port property. */
    static final String PORT_PROPERTY = "org.osgi.service.http.port";
    /** The Felix HTTP service's bind address property. */
    static final String HOST_PROPERTY = "org.apache.felix.http.host";
    /** Felix HTTP's switch for its plain HTTP connector. */
    static final String ENABLE_PROPERTY = "org.apache.felix.http.enable";
    /** The launcher's defaults, as lwm2m-gateway.bndrun sets them. */
    static final int DEFAULT_PORT = 8080;
    static final String DEFAULT_HOST = "127.0.0.1";

    /** The port and host the console will use: the command line's, else the launcher's defaults. */
    static ConsolePort of(Properties system) {
        String port = system.getProperty(PORT_PROPERTY);
        int number;
        try {
            number = port == null ? DEFAULT_PORT : Integer.parseInt(port.trim());
        } catch (NumberFormatException e) {
            number = -1;
        }
        return new ConsolePort(system.getProperty(HOST_PROPERTY, DEFAULT_HOST), number);
    }

    /** Whether another program holds the port now (or it is no port at all). */
    boolean taken() {
        if (port < 0 || port > 65535) {
            return true;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(InetAddress.getByName(host), port));
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** The one line a taken port gets. */
    String warning() {
        return "lwm2m-gateway: WARN the web console cannot listen on " + host + ":" + port
                + " (in use, or not a port); it stays off and the gateway runs without it. Start with -D"
                + PORT_PROPERTY + "=<free port> to have it.";
    }
}
