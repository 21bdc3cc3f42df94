package org.lwm2m.gateway.ipso.analoginput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.driver.BaseSensor;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.api.object.Requester;

/** An analog input as Analog Input (3202): the value is in 5600, with the extremes and the range. */
class AnalogInputObjectTest {

    /** A 0 to 10 V input. */
    private static final class Input extends BaseSensor {
        Input() {
            super(4.5);
        }

        void sample(double value) {
            report(value);
        }

        @Override
        public String unit() {
            return "V";
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

    private final AnalogInputObject inputs = new AnalogInputObject();

    private Value read(int resource) throws Exception {
        return ((SingleResource) inputs.read(Requester.server(1), 0, resource).toCompletableFuture()
                .get(1, TimeUnit.SECONDS)).value();
    }

    @Test
    void theValueIsInAnalogInputCurrentValue() throws Exception {
        Input input = new Input();
        inputs.addSensor(input);
        input.sample(7.25);
        assertEquals(Value.of(7.25), read(5600));
        assertEquals(Value.of(4.5), read(5601));
        assertEquals(Value.of(7.25), read(5602));
        assertEquals(Value.of(10.0), read(5604));
        assertFalse(inputs.resourceIds(0).contains(5700), "3202 has no Sensor Value");
    }
}
