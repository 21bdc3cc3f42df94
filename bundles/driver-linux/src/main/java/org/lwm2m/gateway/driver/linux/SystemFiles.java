package org.lwm2m.gateway.driver.linux;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads small text files of sysfs and procfs (their mount points in production, test directories in tests). A file
 * that is missing or unreadable reads as empty: host facts are best effort.
 */
record SystemFiles(Path sysfs, Path procfs) {

    /** A file below sysfs ("class/dmi/id/sys_vendor"). */
    Optional<String> sys(String relativePath) {
        return read(sysfs.resolve(relativePath));
    }

    /** A file below procfs ("meminfo"). */
    Optional<String> proc(String relativePath) {
        return read(procfs.resolve(relativePath));
    }

    /** The trimmed content of a file without the NUL terminators device-tree files carry, if readable. */
    static Optional<String> read(Path file) {
        try {
            String text = Files.readString(file).replace("\0", "").trim();
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** The value of the first "key : value" line with this key in {@code text}, as in /proc/cpuinfo and meminfo. */
    static Optional<String> fieldOf(String text, String key) {
        return text.lines()
                .map(line -> line.split(":", 2))
                .filter(parts -> parts.length == 2 && parts[0].trim().equals(key))
                .map(parts -> parts[1].trim())
                .filter(value -> !value.isEmpty())
                .findFirst();
    }
}
