package org.lwm2m.gateway.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

    @TempDir
    Path temp;

    @Test
    void defaultsToDataInTheWorkingDirectory() {
        Path expected = Path.of("data").toAbsolutePath();

        assertEquals(expected, DataDirectory.from(Map.of()).path());
        assertEquals(expected, DataDirectory.from(Map.of("LWM2M_DATA_DIR", "  ")).path());
    }

    @Test
    void theVariablePutsTheFrameworkCacheAndTheLoggingFileThere() {
        DataDirectory data = DataDirectory.from(Map.of("LWM2M_DATA_DIR", temp.resolve("state/../gw").toString()));

        Map<String, String> properties = data.launchProperties(new Properties());

        assertEquals(temp.resolve("gw"), data.path());
        assertEquals(temp.resolve("gw/felix-cache").toString(), properties.get("launch.storage.dir"));
        assertEquals(temp.resolve("gw/logging.properties").toString(),
                properties.get("org.ops4j.pax.logging.property.file"));
    }

    @Test
    void commandLinePropertiesWin() {
        Properties system = new Properties();
        system.setProperty("launch.storage.dir", "/elsewhere");
        system.setProperty("org.ops4j.pax.logging.property.file", "/etc/gw-logging.properties");

        assertTrue(new DataDirectory(temp).launchProperties(system).isEmpty());
    }

    @Test
    void prepareCreatesTheDirectoryAndTheDefaultLoggingConfigurationOnce() throws Exception {
        DataDirectory data = new DataDirectory(temp.resolve("new/dir"));
        Map<String, String> properties = data.launchProperties(new Properties());

        data.prepare(properties);

        assertTrue(Files.isDirectory(data.path()));
        String logging = Files.readString(data.loggingFile());
        assertTrue(logging.contains("log4j2.rootLogger.level = INFO"), logging);

        Files.writeString(data.loggingFile(), "log4j2.rootLogger.level = DEBUG\n");
        data.prepare(properties);
        assertEquals("log4j2.rootLogger.level = DEBUG\n", Files.readString(data.loggingFile()),
                "an operator's edits are kept");
    }

    @Test
    void noLoggingFileIsWrittenWhenTheCommandLineNamesOne() throws Exception {
        Properties system = new Properties();
        system.setProperty("org.ops4j.pax.logging.property.file", "/etc/gw-logging.properties");
        DataDirectory data = new DataDirectory(temp);

        data.prepare(data.launchProperties(system));

        assertFalse(Files.exists(data.loggingFile()));
    }

    @Test
    void theDirectoryIsLockedForOneGatewayAndNamesItsProcess() throws Exception {
        DataDirectory data = new DataDirectory(temp.resolve("locked"));
        data.prepare(Map.of());

        try (FileChannel held = data.lock()) {
            IOException e = assertThrows(DataDirectory.DirectoryInUseException.class, data::lock);
            assertTrue(e.getMessage().contains("process " + ProcessHandle.current().pid()), e.getMessage());
        }
        data.lock().close();
    }

    @Test
    void aPathThatIsAFileCannotBePrepared() throws Exception {
        Path file = Files.writeString(temp.resolve("file"), "x");

        assertThrows(IOException.class, () -> new DataDirectory(file).prepare(Map.of()));
    }
}
