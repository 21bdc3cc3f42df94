package org.lwm2m.gateway.ipso.powermeasurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.driver.BaseSensor;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.api.object.Requester;

/** A meter as Power Measurement (3305): the active power is in 5800, with the extremes and the range. */
class PowerMeasurementObjectTest {

    /** A 0 to 10 W meter. */
    private static final class Input extends BaseSensor {
        Input() {
            super(4.5);
        }

        void sample(double value) {
            report(value);
        }

        @Override
        public String unit() {
            return "W";
        }

        @Override
        public double minRange() {
            return 0;
        }

        @Override
        public double maxRange() {
            return 10;
        }
    }

    private final PowerMeasurementObject inputs = new PowerMeasurementObject();

    private Value read(int resource) throws Exception {
        return ((SingleResource) inputs.read(Requester.server(1), 0, resource).toCompletableFuture()
                .get(1, TimeUnit.SECONDS)).value();
    }

    @Test
    void theActivePowerIsIn5800() throws Exception {
        Input input = new Input();
        inputs.addSensor(input);
        input.sample(7.25);
        assertEquals(Value.of(7.25), read(5800));
        assertEquals(Value.of(4.5), read(5801));
        assertEquals(Value.of(7.25), read(5802));
        assertEquals(Value.of(10.0), read(5804));
        assertFalse(inputs.resourceIds(0).contains(5700), "3305 has no Sensor Value");
    }
}
