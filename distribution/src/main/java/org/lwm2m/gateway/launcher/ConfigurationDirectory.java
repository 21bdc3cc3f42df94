package org.lwm2m.gateway.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * The directory Apache Felix FileInstall watches for configuration files ({@value #VARIABLE}, default
 * {@value #DEFAULT}), as Karaf watches {@code etc/}: a {@code .cfg} or {@code .config} file named after a PID
 * ("org.lwm2m.gateway.device.cfg") or a factory PID and a name ("org.lwm2m.gateway.client-gw1.cfg") becomes
 * that configuration, and deleting the file deletes it.
 */
record ConfigurationDirectory(Path path) {

    static final String VARIABLE = "LWM2M_CONF_DIR";
    static final String DEFAULT = "conf";
    /** Read by FileInstall: the directory it watches. */
    static final String WATCHED_PROPERTY = "felix.fileinstall.dir";

    static ConfigurationDirectory from(Map<String, String> environment) {
        return new ConfigurationDirectory(DataDirectory.directory(environment, VARIABLE, DEFAULT));
    }

    /** Adds the watched directory to {@code properties}, unless the command line ({@code -D}) named one. */
    void addTo(Map<String, String> properties, Properties system) {
        if (system.getProperty(WATCHED_PROPERTY) == null) {
            properties.put(WATCHED_PROPERTY, path.toString());
        }
    }

    /** Creates the directory, so that an operator finds where configuration files go. */
    void prepare() throws IOException {
        Files.createDirectories(path);
    }
}
