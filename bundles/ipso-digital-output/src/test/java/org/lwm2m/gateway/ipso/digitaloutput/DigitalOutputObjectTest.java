package org.lwm2m.gateway.ipso.digitaloutput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.driver.BaseActuator;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.testing.ProviderCalls;

/** An output line as Digital Output (3201): a server's write of 5550 drives it, and its state shows there. */
class DigitalOutputObjectTest {

    /** An output line without levels. */
    private static final class Line extends BaseActuator {
        Line() {
            super(false, Double.NaN);
        }

        @Override
        protected void apply(boolean on, double level) {
            // nothing to drive in a test
        }
    }

    private final DigitalOutputObject outputs = new DigitalOutputObject();

    private Value read(int resource) {
        return ProviderCalls.read(outputs, 0, resource);
    }

    @Test
    void theStateResourceSwitchesTheLine() throws Exception {
        Line line = new Line();
        outputs.addActuator(line);
        assertEquals(Value.of(false), read(5550));
        ProviderCalls.write(outputs, 0, new SingleResource(5550, Value.of(true)));
        assertTrue(line.isOn());
        line.switchOn(false);
        assertEquals(Value.of(false), read(5550));
        assertFalse(outputs.resourceIds(0).contains(5850), "3201 has no On/Off");
    }
}
