package org.lwm2m.gateway.ipso.lightcontrol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.ResponseCode;
import org.lwm2m.gateway.api.driver.BaseActuator;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.api.object.ObjectListener;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.lwm2m.gateway.api.object.Requester;
import org.lwm2m.gateway.api.object.WriteMode;
import org.lwm2m.gateway.testing.ProviderCalls;

/** A lamp as Light Control (3311): servers switch and dim it, and what the lamp reports shows. */
class LightControlObjectTest {

    /** A lamp that records what it was driven to. */
    private static final class Lamp extends BaseActuator {
        final List<String> driven = new ArrayList<>();

        Lamp() {
            super(false, 100);
        }

        @Override
        protected void apply(boolean on, double level) {
            driven.add(on + "@" + level);
        }

        void pressButton(boolean on) {
            report(on, level());
        }
    }

    private final LightControlObject lights = new LightControlObject();
    private final Lamp lamp = new Lamp();
    private final List<LwM2mPath> changed = new ArrayList<>();

    private Value read(int resource) {
        return ProviderCalls.read(lights, 0, resource);
    }

    private void write(int resource, Value value) {
        ProviderCalls.write(lights, 0, new SingleResource(resource, value));
    }

    private ResponseCode refusal(int resource, Value value) {
        return ProviderCalls.failure(lights.write(Requester.SYSTEM, 0, List.of(new SingleResource(resource, value)),
                WriteMode.UPDATE)).code();
    }

    @Test
    void serversSwitchAndDimTheLampAndItsOwnChangesShow() throws Exception {
        lights.addListener(new ObjectListener() {
            @Override
            public void instancesChanged(ObjectProvider provider) {
                // the instance comes with the lamp; the tests below look at values
            }

            @Override
            public void valueChanged(ObjectProvider provider, LwM2mPath path) {
                changed.add(path);
            }
        });
        lights.addActuator(lamp);
        assertEquals(Set.of(0), lights.instanceIds());
        assertEquals(Value.of(false), read(5850));
        assertEquals(Value.of(100L), read(5851));
        assertEquals(Value.of(0L), read(5852));

        write(5850, Value.of(true));
        write(5851, Value.of(40L));
        assertEquals(List.of("true@100.0", "true@40.0"), lamp.driven);
        assertTrue(lamp.isOn());
        assertEquals(Value.of(true), read(5850));
        assertEquals(Value.of(40L), read(5851));
        assertTrue(changed.contains(LwM2mPath.of(3311, 0, 5850)), "observers hear of a switch: " + changed);

        lamp.pressButton(false);
        assertEquals(Value.of(false), read(5850));
        assertEquals(List.of("true@100.0", "true@40.0"), lamp.driven, "a report drives nothing");

        assertEquals(ResponseCode.BAD_REQUEST, refusal(5851, Value.of(150L)));
        assertEquals(ResponseCode.BAD_REQUEST, refusal(5852, Value.of(5L)));
        assertEquals(Value.of(40L), read(5851));

        lights.removeActuator(lamp);
        assertFalse(lights.instanceIds().contains(0));
    }
}
