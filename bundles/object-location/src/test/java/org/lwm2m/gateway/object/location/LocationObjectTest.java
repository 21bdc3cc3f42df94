package org.lwm2m.gateway.object.location;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.driver.Locator;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.testing.ComponentPropertyTypes;
import org.lwm2m.gateway.testing.ProviderCalls;

/** Location follows its locator's latest fix; a configured position becomes one. */
class LocationObjectTest {

    private static final Instant NOON = Instant.parse("2026-12-08T12:00:00Z");

    private final LocationObject object = new LocationObject();

    /** A receiver whose fix the test moves. */
    private static final class Receiver implements Locator {
        Fix fix = new Fix(48.2082, 16.3738, OptionalDouble.of(190), OptionalDouble.empty(), OptionalDouble.of(1.5),
                NOON);

        @Override
        public Fix fix() {
            return fix;
        }
    }

    @Test
    void instanceZeroIsTheLatestFix() {
        Receiver receiver = new Receiver();
        object.bindLocator(receiver);

        assertEquals(Value.of(48.2082), ProviderCalls.read(object, 0, 0));
        assertEquals(Value.of(16.3738), ProviderCalls.read(object, 0, 1));
        assertEquals(Value.of(190.0), ProviderCalls.read(object, 0, 2));
        assertEquals(Value.time(NOON.getEpochSecond()), ProviderCalls.read(object, 0, 5));
        assertEquals(Value.of(1.5), ProviderCalls.read(object, 0, 6));
        assertFalse(object.resourceIds(0).contains(3), "no radius in the fix");

        receiver.fix = new Locator.Fix(48.21, 16.37, OptionalDouble.of(191), OptionalDouble.empty(),
                OptionalDouble.of(0), NOON.plusSeconds(60));
        assertEquals(Value.of(48.21), ProviderCalls.read(object, 0, 0));
        object.unbindLocator(receiver);
        assertTrue(object.instanceIds().isEmpty());
    }

    @Test
    void aConfiguredPositionIsAFixAndABadOneIsRefused() {
        LocationConfig config = ComponentPropertyTypes.of(LocationConfig.class, Map.of("latitude", 47.5,
                "longitude", -122.3, "altitude", "56", "radius", ""));
        Locator.Fix fix = ConfiguredLocation.fix(config, NOON);
        assertEquals(47.5, fix.latitude());
        assertEquals(OptionalDouble.of(56), fix.altitude());
        assertEquals(OptionalDouble.empty(), fix.radius());

        LocationConfig north = ComponentPropertyTypes.of(LocationConfig.class, Map.of("latitude", 91.0,
                "longitude", 0.0));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ConfiguredLocation.fix(north, NOON))
                .getMessage().contains("latitude 91.0"));
        LocationConfig high = ComponentPropertyTypes.of(LocationConfig.class, Map.of("latitude", 0.0,
                "longitude", 0.0, "altitude", "very"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ConfiguredLocation.fix(high, NOON))
                .getMessage().startsWith("altitude = 'very'"));
    }
}
