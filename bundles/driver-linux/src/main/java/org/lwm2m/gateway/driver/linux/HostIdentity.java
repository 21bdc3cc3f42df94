package org.lwm2m.gateway.driver.linux;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Who the host is, from the device tree (ARM boards), DMI (PCs and servers), /proc/cpuinfo, the kernel release and
 * os-release. Each value is empty where the host does not say, or says only a placeholder.
 */
record HostIdentity(Optional<String> manufacturer, Optional<String> model, Optional<String> serialNumber,
        Optional<String> hardwareVersion, Optional<String> firmwareVersion) {

    /** Values firmware vendors leave in DMI fields that identify nothing. */
    private static final Set<String> PLACEHOLDERS = Set.of("to be filled by o.e.m.", "default string",
            "not specified", "not applicable", "none", "system serial number", "system product name",
            "system version", "system manufacturer", "0", "00000000", "0000000000000000", "123456789", "x.x");

    static HostIdentity detect(SystemFiles files, Path osRelease) {
        return new HostIdentity(
                first(() -> files.sys("class/dmi/id/sys_vendor"), () -> files.sys("class/dmi/id/board_vendor")),
                first(() -> files.sys("firmware/devicetree/base/model"),
                        () -> files.sys("class/dmi/id/product_name"), () -> files.sys("class/dmi/id/board_name")),
                first(() -> files.sys("firmware/devicetree/base/serial-number"), () -> cpuinfo(files, "Serial"),
                        () -> files.sys("class/dmi/id/product_serial"),
                        () -> files.sys("class/dmi/id/board_serial")),
                first(() -> files.sys("class/dmi/id/product_version"), () -> cpuinfo(files, "Revision"),
                        () -> files.sys("class/dmi/id/board_version")),
                operatingSystem(files, osRelease));
    }

    private static Optional<String> cpuinfo(SystemFiles files, String key) {
        return files.proc("cpuinfo").flatMap(text -> SystemFiles.fieldOf(text, key));
    }

    /** "Debian GNU/Linux 12 (bookworm), Linux 6.1.0-13-amd64", or what part of it the host tells. */
    private static Optional<String> operatingSystem(SystemFiles files, Path osRelease) {
        Optional<String> distribution = SystemFiles.read(osRelease).flatMap(text -> text.lines()
                .filter(line -> line.startsWith("PRETTY_NAME="))
                .map(line -> line.substring("PRETTY_NAME=".length()).replace("\"", "").trim())
                .filter(name -> !name.isEmpty())
                .findFirst());
        Optional<String> kernel = files.proc("sys/kernel/osrelease").map(release -> "Linux " + release);
        if (distribution.isPresent() && kernel.isPresent()) {
            return Optional.of(distribution.get() + ", " + kernel.get());
        }
        return distribution.or(() -> kernel);
    }

    @SafeVarargs
    private static Optional<String> first(Supplier<Optional<String>>... sources) {
        return Stream.of(sources)
                .map(Supplier::get)
                .flatMap(Optional::stream)
                .filter(value -> !PLACEHOLDERS.contains(value.toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
