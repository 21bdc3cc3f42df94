package org.lwm2m.gateway.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
    /** Held locked by the running gateway; holds its process id. */
    static final String LOCK_FILE = "gateway.lock";

    DataDirectory {
        path = path.toAbsolutePath().normalize();
    }

    static DataDirectory from(Map<String, String> environment) {
        return new DataDirectory(directory(environment, VARIABLE, DEFAULT));
    }

    /** The directory an environment variable names, or {@code fallback} (relative to the working directory). */
    static Path directory(Map<String, String> environment, String variable, String fallback) {
        String value = environment.get(variable);
        return Path.of(value == null || value.isBlank() ? fallback : value.trim()).toAbsolutePath().normalize();
    }

    /**
     * Takes the directory for this process until it exits (the lock goes with the process, even after kill -9), and
     * writes the process id into the lock file for whoever finds it taken. A lock this JVM holds already counts as
     * taken too.
     *
     * @throws DirectoryInUseException if another process holds it
     * @throws IOException             if the lock file cannot be written
     */
    FileChannel lock() throws IOException {
        Path file = path.resolve(LOCK_FILE);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            String holder = Files.readString(file, StandardCharsets.US_ASCII).trim();
            throw new DirectoryInUseException(holder.isEmpty() ? "an unknown process" : "process " + holder);
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(
                StandardCharsets.US_ASCII)));
        channel.force(true);
        return channel;
    }

    /** The data directory belongs to another running gateway. */
    static final class DirectoryInUseException extends IOException {

        private static final long serialVersionUID = 1L;

        DirectoryInUseException(String holder) {
            super("in use by another gateway (" + holder + ")");
        }
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

    /**
     * Creates the directory and, when {@code properties} point at it, the default logging configuration.
     *
     * @throws IOException if it cannot be made or written, whether or not it holds files already
     */
    void prepare(Map<String, String> properties) throws IOException {
        Files.createDirectories(path);
        for (Path dir : new Path[] {path, frameworkStorage()}) {
            if (Files.exists(dir) && !Files.isWritable(dir)) {
                throw new IOException(dir + " is not writable by this user");
            }
        }
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
