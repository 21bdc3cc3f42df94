package org.lwm2m.gateway.object.device;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Device object's view of time: the system clock shifted by whatever offset a server set through Current
 * Time (so time keeps running), the time zone, and the UTC offset, which follows the zone unless set itself. A
 * UTC offset that was set reads back exactly as it was written: a server that wrote "+02:00" compares what it
 * reads with what it wrote.
 */
final class DeviceClock {

    /** "+02:00", "+2", "-0530", "UTC+2", "GMT-05:30", "UTC", "Z". */
    private static final Pattern UTC_OFFSET =
            Pattern.compile("(?:UTC|GMT)?(?:([+-])(\\d{1,2})(?::?(\\d{2}))?)?", Pattern.CASE_INSENSITIVE);

    private final Clock system;
    private volatile Duration shift = Duration.ZERO;
    private volatile ZoneId zone;
    private volatile Optional<String> writtenOffset = Optional.empty();

    DeviceClock(Clock system, ZoneId zone) {
        this.system = Objects.requireNonNull(system, "system");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    Instant now() {
        return system.instant().plus(shift);
    }

    /** Makes {@link #now()} answer {@code time} from this moment on; the system clock is left alone. */
    void setNow(Instant time) {
        shift = Duration.between(system.instant(), time);
    }

    ZoneId zone() {
        return zone;
    }

    /**
     * Sets the time zone; the UTC offset follows it again.
     *
     * @throws IllegalArgumentException if {@code id} is not a zone id such as "Europe/Berlin"
     */
    void setZone(String id) {
        zone = parseZone(id);
        writtenOffset = Optional.empty();
    }

    /** The UTC offset in effect: as it was written if it was set, else the zone's, as "UTC+02:00". */
    String utcOffset() {
        return writtenOffset.orElseGet(() -> {
            ZoneOffset offset = zone.getRules().getOffset(now());
            return "UTC" + (offset.equals(ZoneOffset.UTC) ? "+00:00" : offset.getId());
        });
    }

    /**
     * Sets the UTC offset independently of the zone.
     *
     * @throws IllegalArgumentException if {@code text} is not an offset such as "+02:00" or "UTC+2"
     */
    void setUtcOffset(String text) {
        parseUtcOffset(text);
        writtenOffset = Optional.of(text);
    }

    static ZoneId parseZone(String id) {
        try {
            return ZoneId.of(id.trim());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a time zone: '" + id + "'", e);
        }
    }

    static ZoneOffset parseUtcOffset(String text) {
        String t = text.trim();
        if (t.equalsIgnoreCase("Z")) {
            return ZoneOffset.UTC;
        }
        Matcher m = UTC_OFFSET.matcher(t);
        if (t.isEmpty() || !m.matches()) {
            throw new IllegalArgumentException("not a UTC offset (like +02:00 or UTC+2): '" + text + "'");
        }
        if (m.group(1) == null) {
            return ZoneOffset.UTC;
        }
        int sign = m.group(1).equals("-") ? -1 : 1;
        int hours = Integer.parseInt(m.group(2));
        int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        try {
            return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("UTC offset out of range -18:00..+18:00: '" + text + "'", e);
        }
    }
}
