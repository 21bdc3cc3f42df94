package org.lwm2m.gateway.object.device;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** What the host tells about itself: the identity the Device object reports when no configuration overrides it. */
record HostInfo(String manufacturer, String model, String serialNumber, String hardwareVersion,
        String firmwareVersion) {

    static final String UNKNOWN = "unknown";

    /** Values firmware vendors leave in DMI fields that identify nothing. */
    private static final Set<String> PLACEHOLDERS = Set.of("to be filled by o.e.m.", "default string",
            "not specified", "not applicable", "none", "system serial number", "system product name",
            "system version", "system manufacturer", "0", "00000000", "0000000000000000", "123456789", "x.x");

    HostInfo {
        Objects.requireNonNull(manufacturer, "manufacturer");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(hardwareVersion, "hardwareVersion");
        Objects.requireNonNull(firmwareVersion, "firmwareVersion");
    }

    /**
     * Detects the host's identity from the device tree (ARM boards), DMI (PCs and servers) and /proc/cpuinfo,
     * falling back to the JVM's view of the operating system.
     */
    static HostInfo detect(SystemFiles files) {
        return new HostInfo(
                first(() -> files.read("sys/class/dmi/id/sys_vendor"),
                        () -> files.read("sys/class/dmi/id/board_vendor")).orElse(UNKNOWN),
                first(() -> files.read("sys/firmware/devicetree/base/model"),
                        () -> files.read("sys/class/dmi/id/product_name"),
                        () -> files.read("sys/class/dmi/id/board_name")).orElse("lwm2m-gateway"),
                first(() -> files.read("sys/firmware/devicetree/base/serial-number"),
                        () -> files.field("proc/cpuinfo", "Serial"),
                        () -> files.read("sys/class/dmi/id/product_serial"),
                        () -> files.read("sys/class/dmi/id/board_serial")).orElse(UNKNOWN),
                first(() -> files.read("sys/class/dmi/id/product_version"),
                        () -> files.field("proc/cpuinfo", "Revision"),
                        () -> files.read("sys/class/dmi/id/board_version"))
                        .orElse(System.getProperty("os.arch", UNKNOWN)),
                System.getProperty("os.name", UNKNOWN) + " " + System.getProperty("os.version", ""));
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
