package org.lwm2m.gateway.object.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeviceClockTest {

    private static final Instant SUMMER = Instant.parse("2026-07-01T12:00:00Z");

    @ParameterizedTest
    @CsvSource({
        "+02:00, +02:00", "+2, +02:00", "UTC+2, +02:00", "utc+02:00, +02:00", "GMT-05:30, -05:30",
        "-0530, -05:30", "UTC, Z", "Z, Z", "UTC+14, +14:00", "' UTC-3 ', -03:00",
    })
    void parsesUtcOffsets(String text, String expected) {
        assertEquals(ZoneOffset.of(expected), DeviceClock.parseUtcOffset(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "+", "UTC+", "+25", "+02:60", "UTC+2h", "2"})
    void refusesOtherOffsets(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DeviceClock.parseUtcOffset(text));
        assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
    }

    @Test
    void currentTimeWritesShiftTheClockAndTimeKeepsRunning() {
        TestClock system = new TestClock(SUMMER);
        DeviceClock clock = new DeviceClock(system, ZoneOffset.UTC);

        clock.setNow(SUMMER.plusSeconds(3600));
        assertEquals(SUMMER.plusSeconds(3600), clock.now());

        system.advance(Duration.ofSeconds(10));
        assertEquals(SUMMER.plusSeconds(3610), clock.now());
        assertEquals(SUMMER.plusSeconds(10), system.instant());
    }

    @Test
    void theUtcOffsetFollowsTheZoneUntilSetItself() {
        DeviceClock clock = new DeviceClock(new TestClock(SUMMER), ZoneId.of("Europe/Berlin"));
        assertEquals("UTC+02:00", clock.utcOffset());

        clock.setUtcOffset("UTC-3");
        assertEquals("UTC-3", clock.utcOffset());
        assertEquals(ZoneId.of("Europe/Berlin"), clock.zone());

        clock.setZone("Asia/Kolkata");
        assertEquals("UTC+05:30", clock.utcOffset());

        clock.setZone("UTC");
        assertEquals("UTC+00:00", clock.utcOffset());
    }

    @Test
    void refusesUnknownZones() {
        DeviceClock clock = new DeviceClock(new TestClock(SUMMER), ZoneId.of("Europe/Berlin"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> clock.setZone("Mars/Olympus"));
        assertTrue(e.getMessage().contains("not a time zone: 'Mars/Olympus'"), e.getMessage());
        assertEquals(ZoneId.of("Europe/Berlin"), clock.zone());
    }
}
