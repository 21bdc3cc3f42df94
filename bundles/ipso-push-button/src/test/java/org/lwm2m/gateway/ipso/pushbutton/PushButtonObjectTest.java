package org.lwm2m.gateway.ipso.pushbutton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.testing.ProviderCalls;
import org.lwm2m.gateway.testing.TestSensors;

/** A button as Push Button (3347): its state and how often it was pressed. */
class PushButtonObjectTest {

    private final PushButtonObject buttons = new PushButtonObject();

    private Value read(int resource) {
        return ProviderCalls.read(buttons, 0, resource);
    }

    @Test
    void pressesShowAsStateAndCount() throws Exception {
        TestSensors.Scalar button = new TestSensors.Scalar(0, "", 0, 1);
        buttons.addInput(button);
        assertEquals(Set.of(0), buttons.instanceIds());
        assertEquals(Value.of(false), read(5500));
        assertEquals(Value.of(0L), read(5501));

        for (double value : List.of(1.0, 0.0, 0.7, 0.2, 0.9)) {
            button.sample(value);
        }
        assertEquals(Value.of(true), read(5500));
        assertEquals(Value.of(3L), read(5501), "went on three times");

        buttons.removeInput(button);
        assertTrue(buttons.instanceIds().isEmpty());
    }
}
