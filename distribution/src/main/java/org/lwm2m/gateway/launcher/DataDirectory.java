package org.lwm2m.gateway.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The directory that holds all the gateway's state ({@value #VARIABLE}, default {@value #DEFAULT}), and the
 * launcher properties that put the framework cache and the logging configuration into it.
 */
record DataDirectory(Path path) {

    static final String VARIABLE = "LWM2M_DATA_DIR";
    static final String DEFAULT = "data";
    /** Read by the bnd launcher: the framework cache (bundles, their data areas, Configuration Admin). */
    static final String STORAGE_PROPERTY = "launch.storage.dir";
    /** Read by pax-logging when it starts: a log4j2 configuration in properties form. */
    static final String LOGGING_PROPERTY = "org.ops4j.pax.logging.property.file";
    static final String LOGGING_FILE = "logging.properties";

    DataDirectory {
        path = path.toAbsolutePath().normalize();
    }

    static DataDirectory from(Map<String, String> environment) {
        String value = environment.get(VARIABLE);
        return new DataDirectory(Path.of(value == null || value.isBlank() ? DEFAULT : value.trim()));
    }

    Path frameworkStorage() {
        return path.resolve("felix-cache");
    }

    Path loggingFile() {
        return path.resolve(LOGGING_FILE);
    }

    /**
     * The launcher properties to set: those the command line ({@code -D}) did not set already, so an explicit
     * {@code -Dlaunch.storage.dir} still wins.
     */
    Map<String, String> launchProperties(Properties system) {
        Map<String, String> properties = new LinkedHashMap<>();
        if (system.getProperty(STORAGE_PROPERTY) == null) {
            properties.put(STORAGE_PROPERTY, frameworkStorage().toString());
        }
        if (system.getProperty(LOGGING_PROPERTY) == null) {
            properties.put(LOGGING_PROPERTY, loggingFile().toString());
        }
        return properties;
    }

    /** Creates the directory and, when {@code properties} point at it, the default logging configuration. */
    void prepare(Map<String, String> properties) throws IOException {
        Files.createDirectories(path);
        Path logging = loggingFile();
        if (logging.toString().equals(properties.get(LOGGING_PROPERTY)) && Files.notExists(logging)) {
            try (InputStream defaults = DataDirectory.class.getResourceAsStream(LOGGING_FILE)) {
                if (defaults == null) {
                    throw new IOException("the launcher jar has no " + LOGGING_FILE);
                }
                Files.copy(defaults, logging);
            }
        }
    }
}
