package org.lwm2m.gateway.api.object;

import java.time.Instant;

import org.lwm2m.gateway.api.driver.Sensor;
import org.lwm2m.gateway.api.driver.SensorListener;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.node.Value;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * An IPSO object of a two-state input (Digital Input 3200, On/Off Switch 3342, Push Button 3347): one instance per
 * {@link Sensor} that reports 0 or 1 (a value of one half or more is on). An instance holds the state (5500) and
 * counts the times it went on (5501); where the model has them, the counter's reset (5505) and the time of the last
 * change (5518).
 * <p>
 * An object bundle subclasses it with its model and sets the target of the {@value #INPUTS} reference, as
 * {@link SensorObjectProvider} subclasses do.
 */
public abstract class DigitalInputObjectProvider extends PeripheralObjectProvider<Sensor> {

    public static final int STATE = 5500;
    public static final int COUNTER = 5501;
    public static final int COUNTER_RESET = 5505;

    /** The name of the reference to the inputs, whose target a subclass sets. */
    public static final String INPUTS = "inputs";

    protected DigitalInputObjectProvider(ObjectModel model) {
        super(model);
    }

    /** Serves an input as a new instance, which the servers learn of through an Update. */
    @Reference(name = INPUTS, service = Sensor.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, unbind = "removeInput")
    public void addInput(Sensor input) {
        InputInstance instance = attach(input, id -> new InputInstance(id, input.value()));
        if (instance != null) {
            input.addListener(instance);
        }
    }

    /** Stops serving an input: its instance goes. */
    public void removeInput(Sensor input) {
        if (detach(input) instanceof InputInstance instance) {
            input.removeListener(instance);
        }
    }

    private static boolean isOn(double value) {
        return value >= 0.5;
    }

    /** One input's instance: its state, and how often it went on. */
    private final class InputInstance extends ValueInstance implements SensorListener {

        private boolean on;
        private long count;

        InputInstance(int id, double value) {
            super(model(), id, resourceId -> fireValueChanged(id, resourceId));
            on = isOn(value);
            set(COUNTER, Value.of(0L));
            if (model().resource(COUNTER_RESET) != null) {
                onExecute(COUNTER_RESET, arguments -> resetCounter());
            }
            show();
        }

        @Override
        public synchronized void valueChanged(Sensor sensor, double value) {
            boolean now = isOn(value);
            if (now != on) {
                on = now;
                if (now) {
                    count++;
                }
                show();
            }
        }

        private synchronized void resetCounter() {
            count = 0;
            show();
        }

        private void show() {
            setIfModelled(SensorObjectProvider.TIMESTAMP, Value.time(Instant.now().getEpochSecond()));
            set(COUNTER, Value.of(count));
            set(STATE, Value.of(on));
        }
    }
}
