package org.lwm2m.gateway.ipso.fillinglevel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.api.object.Requester;
import org.lwm2m.gateway.api.object.WriteMode;
import org.lwm2m.gateway.testing.ProviderCalls;
import org.lwm2m.gateway.testing.TestSensors;

/**
 * A level sensor as Filling Level (3435): the percentage, full and empty by the thresholds, the level in cm once the
 * height is known, the filling speed and the day the container will be full.
 */
class FillingLevelObjectTest {

    /** The time as the object sees it, moved by the test. */
    private Instant now = Instant.parse("2026-12-08T00:00:00Z");
    private final FillingLevelObject objects = new FillingLevelObject(() -> now);
    private final TestSensors.Scalar sensor = new TestSensors.Scalar(50, "%", 0, 100);

    private Value read(int resource) {
        return ProviderCalls.read(objects, 0, resource);
    }

    private void write(int resource, Value value) {
        ProviderCalls.write(objects, 0, new SingleResource(resource, value));
    }

    @Test
    void fullAndEmptyFollowTheThresholds() {
        objects.addSensor(sensor);
        assertEquals(Value.of(50.0), read(ContainerInstance.PERCENTAGE));
        assertEquals(Value.of(false), read(ContainerInstance.FULL));
        assertEquals(Value.of(false), read(ContainerInstance.EMPTY));
        sensor.sample(85);
        assertEquals(Value.of(true), read(ContainerInstance.FULL), "above the default high threshold, 80 %");
        write(ContainerInstance.HIGH_THRESHOLD, Value.of(90.0));
        assertEquals(Value.of(false), read(ContainerInstance.FULL), "a higher threshold written by a server");
        sensor.sample(10);
        assertEquals(Value.of(true), read(ContainerInstance.EMPTY));
    }

    @Test
    void theLevelInCmNeedsTheHeight() {
        objects.addSensor(sensor);
        assertEquals(Value.of(0L), read(ContainerInstance.HEIGHT), "not known yet");
        assertFalse(objects.resourceIds(0).contains(ContainerInstance.LEVEL), "no height, no level");
        write(ContainerInstance.HEIGHT, Value.of(120L));
        assertEquals(Value.of(60L), read(ContainerInstance.LEVEL));
    }

    @Test
    void theForecastFollowsTheFillingSpeed() {
        objects.addSensor(sensor);
        assertFalse(objects.resourceIds(0).contains(ContainerInstance.FORECAST_FULL), "nothing filled yet");
        now = now.plus(Duration.ofDays(1));
        sensor.sample(60);
        now = now.plus(Duration.ofDays(1));
        sensor.sample(0);
        sensor.sample(10);
        assertEquals(Value.of(10.0), read(ContainerInstance.FILLING_SPEED), "20 % filled in two days; emptying aside");
        assertEquals(Value.time(now.plus(Duration.ofDays(7)).getEpochSecond()), read(ContainerInstance.FORECAST_FULL),
                "70 % to go to 80 % at 10 % a day");
        ProviderCalls.execute(objects, 0, ContainerInstance.FILLING_SPEED_RESET);
        assertEquals(Value.of(0.0), read(ContainerInstance.FILLING_SPEED));
        assertFalse(objects.resourceIds(0).contains(ContainerInstance.FORECAST_FULL));
    }

    @Test
    void aThresholdOutsideZeroToHundredIsRefusedAndChangesNothing() {
        objects.addSensor(sensor);
        LwM2mException refused = ProviderCalls.failure(objects.write(Requester.SYSTEM, 0,
                List.of(new SingleResource(ContainerInstance.HIGH_THRESHOLD, Value.of(120.0))), WriteMode.UPDATE));
        assertTrue(refused.getMessage().contains("0 to 100"), refused.getMessage());
        assertEquals(Value.of(80.0), read(ContainerInstance.HIGH_THRESHOLD));
    }

    @Test
    void theInstanceGoesWithItsSensor() {
        objects.addSensor(sensor);
        objects.removeSensor(sensor);
        assertTrue(objects.instanceIds().isEmpty());
    }
}
