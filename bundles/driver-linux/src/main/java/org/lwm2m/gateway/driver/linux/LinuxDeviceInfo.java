package org.lwm2m.gateway.driver.linux;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

import org.lwm2m.gateway.api.driver.DeviceInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The host as {@link DeviceInfo}: its identity read once at start ({@link HostIdentity}); its memory
 * (/proc/meminfo) and its first battery (a power supply of type Battery) sampled at most once per
 * {@link #SAMPLE_PERIOD}, since a server reading {@code /3/0} in a tight loop would otherwise spend most of the
 * gateway's CPU parsing files.
 */
@Component(service = DeviceInfo.class, configurationPid = LinuxDriverConfig.PID)
public class LinuxDeviceInfo implements DeviceInfo {

    /** How long one sample of memory and battery is served. */
    static final Duration SAMPLE_PERIOD = Duration.ofSeconds(1);
    /** A battery at or below this level is low, whatever the kernel calls its state. */
    private static final int LOW_LEVEL = 10;

    private record Sample(OptionalLong freeKilobytes, OptionalLong totalKilobytes, Optional<Battery> battery) {
    }

    private final SystemFiles files;
    private final HostIdentity identity;
    private final Sampled<Sample> sample;

    @Activate
    public LinuxDeviceInfo(LinuxDriverConfig config) {
        this(new SystemFiles(Path.of(config.sysfs()), Path.of(config.procfs())), Path.of(config.osRelease()),
                System::nanoTime);
    }

    /** @param nanoTime the monotonic clock a sample's age is measured with */
    LinuxDeviceInfo(SystemFiles files, Path osRelease, LongSupplier nanoTime) {
        this.files = files;
        this.identity = HostIdentity.detect(files, osRelease);
        this.sample = new Sampled<>(SAMPLE_PERIOD, nanoTime, this::take);
    }

    @Override
    public Optional<String> manufacturer() {
        return identity.manufacturer();
    }

    @Override
    public Optional<String> model() {
        return identity.model();
    }

    @Override
    public Optional<String> serialNumber() {
        return identity.serialNumber();
    }

    @Override
    public Optional<String> hardwareVersion() {
        return identity.hardwareVersion();
    }

    @Override
    public Optional<String> firmwareVersion() {
        return identity.firmwareVersion();
    }

    /** MemAvailable. */
    @Override
    public OptionalLong freeMemoryKilobytes() {
        return sample.get().freeKilobytes();
    }

    /** MemTotal. */
    @Override
    public OptionalLong totalMemoryKilobytes() {
        return sample.get().totalKilobytes();
    }

    @Override
    public Optional<Battery> battery() {
        return sample.get().battery();
    }

    private Sample take() {
        Optional<String> meminfo = files.proc("meminfo");
        return new Sample(kilobytes(meminfo, "MemAvailable"), kilobytes(meminfo, "MemTotal"), findBattery());
    }

    /** A /proc/meminfo field, which the kernel gives in units of 1024 bytes despite its "kB" suffix. */
    private static OptionalLong kilobytes(Optional<String> meminfo, String key) {
        Optional<String> value = meminfo.flatMap(text -> SystemFiles.fieldOf(text, key));
        if (value.isEmpty()) {
            return OptionalLong.empty();
        }
        String text = value.get();
        String number = text.endsWith("kB") ? text.substring(0, text.length() - 2).trim() : text;
        try {
            return OptionalLong.of(Long.parseLong(number) * 1024 / 1000);
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** The first power supply of type Battery that tells its capacity. */
    private Optional<Battery> findBattery() {
        Path supplies = files.sysfs().resolve("class/power_supply");
        List<Path> entries;
        try (Stream<Path> list = Files.list(supplies)) {
            entries = list.sorted().toList();
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
        for (Path supply : entries) {
            if (SystemFiles.read(supply.resolve("type")).filter("Battery"::equals).isEmpty()) {
                continue;
            }
            Optional<Integer> level = SystemFiles.read(supply.resolve("capacity")).flatMap(LinuxDeviceInfo::integer);
            if (level.isPresent() && level.get() >= 0 && level.get() <= 100) {
                OptionalLong millivolts = SystemFiles.read(supply.resolve("voltage_now"))
                        .flatMap(LinuxDeviceInfo::integer).map(microvolts -> OptionalLong.of(microvolts / 1000L))
                        .orElse(OptionalLong.empty());
                return Optional.of(new Battery(level.get(), status(supply, level.get()), millivolts));
            }
        }
        return Optional.empty();
    }

    private static BatteryStatus status(Path supply, int level) {
        String health = SystemFiles.read(supply.resolve("health")).orElse("").toLowerCase(Locale.ROOT);
        if (health.equals("dead") || health.contains("failure")) {
            return BatteryStatus.DAMAGED;
        }
        return switch (SystemFiles.read(supply.resolve("status")).orElse("Unknown")) {
            case "Charging" -> BatteryStatus.CHARGING;
            case "Full" -> BatteryStatus.CHARGE_COMPLETE;
            case "Discharging", "Not charging" -> level <= LOW_LEVEL ? BatteryStatus.LOW : BatteryStatus.NORMAL;
            default -> BatteryStatus.UNKNOWN;
        };
    }

    private static Optional<Integer> integer(String text) {
        try {
            return Optional.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
