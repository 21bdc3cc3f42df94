package org.lwm2m.gateway.launcher;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.channels.FileChannel;
import java.util.Map;

/**
 * Main class of the executable jar. The bnd launcher does no environment expansion, so this class turns
 * {@value DataDirectory#VARIABLE} and {@value ConfigurationDirectory#VARIABLE} into launcher properties (as
 * {@code -D} would), checks what must be checked before the framework starts, and then starts the bnd launcher
 * that the exporter embedded in the same jar.
 */
public final class GatewayLauncher {

    static final String BND_LAUNCHER = "aQute.launcher.pre.EmbeddedLauncher";

    /** Holds the data directory for this process's life; the JVM releases it on exit. */
    private static FileChannel lock;

    private GatewayLauncher() {
    }

    public static void main(String[] args) throws Throwable {
        DataDirectory data = DataDirectory.from(System.getenv());
        Map<String, String> properties = data.launchProperties(System.getProperties());
        try {
            data.prepare(properties);
            lock = data.lock();
        } catch (IOException e) {
            exit("cannot use the data directory " + data.path() + " (" + DataDirectory.VARIABLE + "): "
                    + e.getMessage());
        }
        ConfigurationDirectory configurations = ConfigurationDirectory.from(System.getenv());
        configurations.addTo(properties, System.getProperties());
        try {
            configurations.prepare();
        } catch (IOException e) {
            exit("cannot use the configuration directory " + configurations.path() + " ("
                    + ConfigurationDirectory.VARIABLE + "): " + e.getMessage());
        }
        ConsolePort console = ConsolePort.of(System.getProperties());
        if (console.taken()) {
            System.err.println(console.warning());
            properties.put(ConsolePort.ENABLE_PROPERTY, "false");
        }
        properties.forEach(System::setProperty);
        MethodHandle launcher = MethodHandles.publicLookup().findStatic(Class.forName(BND_LAUNCHER), "main",
                MethodType.methodType(void.class, String[].class));
        launcher.invokeExact(args);
    }

    /** No logging exists yet: this line on stderr and the exit code are all an operator gets. */
    private static void exit(String problem) {
        System.err.println("lwm2m-gateway: " + problem);
        System.exit(1);
    }
}
