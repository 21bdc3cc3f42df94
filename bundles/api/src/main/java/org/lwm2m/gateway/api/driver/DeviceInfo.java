package org.lwm2m.gateway.api.driver;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * What the host a gateway runs on tells about itself: its identity, its memory, its battery. A driver registers one
 * (the Linux driver from sysfs and procfs, a board's own driver from its EEPROM); the Device object takes the
 * highest-ranked one and fills what it leaves empty from the JVM. Every method may answer empty: a driver tells what
 * it knows.
 * <p>
 * Calls are cheap and never block: a driver answers from what it last sampled.
 */
@ConsumerType
public interface DeviceInfo {

    /** A battery's charge and state. */
    record Battery(int levelPercent, BatteryStatus status, OptionalLong millivolts) {

        public Battery {
            if (levelPercent < 0 || levelPercent > 100) {
                throw new IllegalArgumentException("battery level " + levelPercent + " is not 0..100 %");
            }
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(millivolts, "millivolts");
        }
    }

    /** What a battery is doing, as the Device object's Battery Status (20) names it. */
    enum BatteryStatus {
        NORMAL, CHARGING, CHARGE_COMPLETE, DAMAGED, LOW, UNKNOWN
    }

    default Optional<String> manufacturer() {
        return Optional.empty();
    }

    default Optional<String> model() {
        return Optional.empty();
    }

    default Optional<String> serialNumber() {
        return Optional.empty();
    }

    default Optional<String> hardwareVersion() {
        return Optional.empty();
    }

    /** The host's firmware or operating system ("Linux 6.1.0-13-amd64"). */
    default Optional<String> firmwareVersion() {
        return Optional.empty();
    }

    /** Memory available for new work, in kilobytes of 1000 bytes. */
    default OptionalLong freeMemoryKilobytes() {
        return OptionalLong.empty();
    }

    /** All memory, in kilobytes of 1000 bytes. */
    default OptionalLong totalMemoryKilobytes() {
        return OptionalLong.empty();
    }

    /** The battery the host runs on, if it has one. */
    default Optional<Battery> battery() {
        return Optional.empty();
    }
}
