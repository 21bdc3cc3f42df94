package org.lwm2m.gateway.ipso.powermeasurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.testing.ProviderCalls;
import org.lwm2m.gateway.testing.TestSensors;

/**
 * A meter as Power Measurement (3305): the active power is in 5800, with the extremes and the range, and the energy
 * its readings add up to is in 5805.
 */
class PowerMeasurementObjectTest {

    /** The time as the object sees it, moved by the test. */
    private Instant now = Instant.parse("2026-12-08T00:00:00Z");
    private final PowerMeasurementObject objects = new PowerMeasurementObject(() -> now);
    private final TestSensors.Scalar meter = new TestSensors.Scalar(4.5, "W", 0, 10);

    private Value read(int resource) {
        return ProviderCalls.read(objects, 0, resource);
    }

    private Value energyAfter(Duration elapsed) {
        now = now.plus(elapsed);
        return read(PowerMeasurementObject.CUMULATIVE_ACTIVE_POWER);
    }

    @Test
    void theActivePowerIsIn5800() {
        objects.addSensor(meter);
        meter.sample(7.25);
        assertEquals(Value.of(7.25), read(5800));
        assertEquals(Value.of(4.5), read(5801));
        assertEquals(Value.of(7.25), read(5802));
        assertEquals(Value.of(10.0), read(5804));
        assertFalse(objects.resourceIds(0).contains(5700), "3305 has no Sensor Value");
    }

    @Test
    void eachPowerHoldsUntilTheNextReading() {
        objects.addSensor(meter);
        assertEquals(Value.of(0.0), read(PowerMeasurementObject.CUMULATIVE_ACTIVE_POWER));
        assertEquals(Value.of(2.25), energyAfter(Duration.ofMinutes(30)), "4.5 W for half an hour, no new reading");
        now = now.plus(Duration.ofHours(2));
        meter.sample(8.5);
        assertEquals(Value.of(11.25), read(PowerMeasurementObject.CUMULATIVE_ACTIVE_POWER), "4.5 W until now");
        assertEquals(Value.of(19.75), energyAfter(Duration.ofHours(1)), "then 8.5 W for an hour");
    }

    @Test
    void resetStartsTheEnergyAgainFromZero() {
        objects.addSensor(meter);
        assertEquals(Value.of(4.5), energyAfter(Duration.ofHours(1)));
        ProviderCalls.execute(objects, 0, PowerMeasurementObject.RESET_CUMULATIVE_ENERGY);
        assertEquals(Value.of(0.0), read(PowerMeasurementObject.CUMULATIVE_ACTIVE_POWER));
        assertEquals(Value.of(9.0), energyAfter(Duration.ofHours(2)));
    }
}
