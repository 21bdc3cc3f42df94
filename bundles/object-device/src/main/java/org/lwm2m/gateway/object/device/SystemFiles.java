package org.lwm2m.gateway.object.device;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads small text files of /sys and /proc below a root directory (the file system root in production, a
 * test directory in tests). A file that is missing or unreadable reads as empty: host facts are best effort.
 */
final class SystemFiles {

    private final Path root;

    SystemFiles(Path root) {
        this.root = root;
    }

    /** The trimmed content of a file without the NUL terminators device-tree files carry, if readable. */
    Optional<String> read(String relativePath) {
        try {
            String text = Files.readString(root.resolve(relativePath)).replace("\0", "").trim();
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** The value of the first "key : value" line of a file with this key, as in /proc/cpuinfo and /proc/meminfo. */
    Optional<String> field(String relativePath, String key) {
        return read(relativePath).flatMap(text -> fieldOf(text, key));
    }

    /** The value of the first "key : value" line with this key in {@code text}. */
    static Optional<String> fieldOf(String text, String key) {
        return text.lines()
                .map(line -> line.split(":", 2))
                .filter(parts -> parts.length == 2 && parts[0].trim().equals(key))
                .map(parts -> parts[1].trim())
                .filter(value -> !value.isEmpty())
                .findFirst();
    }
}
