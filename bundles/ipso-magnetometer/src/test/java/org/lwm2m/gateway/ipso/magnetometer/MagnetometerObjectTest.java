package org.lwm2m.gateway.ipso.magnetometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.driver.VectorSensor;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.testing.ProviderCalls;
import org.lwm2m.gateway.testing.TestSensors;

/** A three-axis sensor as Magnetometer (3314): its axes, its unit and the compass direction of its field. */
class MagnetometerObjectTest {

    private final MagnetometerObject magnetometers = new MagnetometerObject();

    private Value read(int resource) {
        return ProviderCalls.read(magnetometers, 0, resource);
    }

    @Test
    void axesUnitAndHeadingFollowTheSensor() throws Exception {
        TestSensors.Vector3 probe = new TestSensors.Vector3(new VectorSensor.Vector(0, 20, -40), "uT", -100, 100);
        magnetometers.addVectorSensor(probe);
        assertEquals(Value.of(0.0), read(5702));
        assertEquals(Value.of(20.0), read(5703));
        assertEquals(Value.of(-40.0), read(5704));
        assertEquals(Value.of("uT"), read(5701));
        assertEquals(Value.of(0.0), read(5705), "the field along y: north");

        probe.sample(new VectorSensor.Vector(20, 0, -40));
        assertEquals(Value.of(20.0), read(5702));
        assertEquals(Value.of(90.0), read(5705), "the field along x: east");

        magnetometers.removeVectorSensor(probe);
        assertTrue(magnetometers.instanceIds().isEmpty());
    }
}
