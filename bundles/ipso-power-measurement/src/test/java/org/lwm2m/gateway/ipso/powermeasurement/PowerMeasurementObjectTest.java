package org.lwm2m.gateway.ipso.powermeasurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.testing.ProviderCalls;
import org.lwm2m.gateway.testing.TestSensors;

/** A meter as Power Measurement (3305): the active power is in 5800, with the extremes and the range. */
class PowerMeasurementObjectTest {

    private final PowerMeasurementObject objects = new PowerMeasurementObject();

    private Value read(int resource) {
        return ProviderCalls.read(objects, 0, resource);
    }

    @Test
    void theActivePowerIsIn5800() throws Exception {
        TestSensors.Scalar sensor = new TestSensors.Scalar(4.5, "W", 0, 10);
        objects.addSensor(sensor);
        sensor.sample(7.25);
        assertEquals(Value.of(7.25), read(5800));
        assertEquals(Value.of(4.5), read(5801));
        assertEquals(Value.of(7.25), read(5802));
        assertEquals(Value.of(10.0), read(5804));
        assertFalse(objects.resourceIds(0).contains(5700), "3305 has no Sensor Value");
    }
}
