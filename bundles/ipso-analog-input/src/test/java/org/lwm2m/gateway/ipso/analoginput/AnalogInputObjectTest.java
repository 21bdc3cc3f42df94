package org.lwm2m.gateway.ipso.analoginput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.testing.ProviderCalls;
import org.lwm2m.gateway.testing.TestSensors;

/** An analog input as Analog Input (3202): the value is in 5600, with the extremes and the range. */
class AnalogInputObjectTest {

    private final AnalogInputObject objects = new AnalogInputObject();

    private Value read(int resource) {
        return ProviderCalls.read(objects, 0, resource);
    }

    @Test
    void theValueIsInAnalogInputCurrentValue() throws Exception {
        TestSensors.Scalar sensor = new TestSensors.Scalar(4.5, "V", 0, 10);
        objects.addSensor(sensor);
        sensor.sample(7.25);
        assertEquals(Value.of(7.25), read(5600));
        assertEquals(Value.of(4.5), read(5601));
        assertEquals(Value.of(7.25), read(5602));
        assertEquals(Value.of(10.0), read(5604));
        assertFalse(objects.resourceIds(0).contains(5700), "3202 has no Sensor Value");
    }
}
