package org.lwm2m.gateway.api.object;

import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.driver.Actuator;
import org.lwm2m.gateway.api.driver.ActuatorListener;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.node.ResourceNode;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * An IPSO actuator object (Actuation 3306, Light Control 3311, Buzzer 3338, Digital Output 3201): one instance per
 * {@link Actuator} service. A server's write of On/Off (5850; Digital Output State, 5550, for 3201) or Dimmer (5851)
 * switches or dims the actuator; a change the actuator reports (an
 * application, a button on the device) shows in the values and notifies observers. On Time (5852) counts the
 * seconds since the actuator went on, and a write of 0 starts it again. Resources the object's model lacks are left
 * out.
 * <p>
 * An object bundle subclasses it with its model and sets the target of the {@value #ACTUATORS} reference, as
 * {@link SensorObjectProvider} subclasses do for sensors.
 */
public abstract class ActuatorObjectProvider extends PeripheralObjectProvider<Actuator> {

    public static final int ON_OFF = 5850;
    public static final int DIMMER = 5851;
    public static final int ON_TIME = 5852;
    public static final int DIGITAL_OUTPUT_STATE = 5550;

    /** The name of the reference to the actuators, whose target a subclass sets. */
    public static final String ACTUATORS = "actuators";

    /** The resource that switches: On/Off (5850), or Digital Output State (5550) for 3201. */
    private final int onOffResource;

    protected ActuatorObjectProvider(ObjectModel model) {
        this(model, ON_OFF);
    }

    /** @param onOffResource the resource that switches the actuator, where the object names it otherwise */
    protected ActuatorObjectProvider(ObjectModel model, int onOffResource) {
        super(model);
        this.onOffResource = onOffResource;
    }

    /** Serves an actuator as a new instance, which the servers learn of through an Update. */
    @Reference(name = ACTUATORS, service = Actuator.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, unbind = "removeActuator")
    public void addActuator(Actuator actuator) {
        ActuatorInstance instance = attach(actuator, id -> new ActuatorInstance(id, actuator));
        if (instance != null) {
            actuator.addListener(instance);
        }
    }

    /** Stops serving an actuator: its instance goes. */
    public void removeActuator(Actuator actuator) {
        if (detach(actuator) instanceof ActuatorInstance instance) {
            actuator.removeListener(instance);
        }
    }

    /** One actuator's instance: its state as the actuator reports it, and writes that drive it. */
    private final class ActuatorInstance extends ValueInstance implements ActuatorListener {

        private final Actuator actuator;
        /** When the actuator went on (System.nanoTime), while it is on. */
        private volatile long onSince;

        ActuatorInstance(int id, Actuator actuator) {
            super(model(), id, resourceId -> fireValueChanged(id, resourceId));
            this.actuator = actuator;
            onSince = System.nanoTime();
            if (model().resource(ON_TIME) != null) {
                bind(ON_TIME, () -> Value.of(actuator.isOn() ? (System.nanoTime() - onSince) / 1_000_000_000L : 0L));
                onWrite(ON_TIME, ActuatorInstance::checkRestart);
            }
            if (model().resource(DIMMER) != null && !Double.isNaN(actuator.level())) {
                onWrite(DIMMER, ActuatorInstance::checkPercent);
            }
            show(actuator);
        }

        private static void checkPercent(ResourceNode node) throws LwM2mException {
            if (!(node instanceof SingleResource single && single.value() instanceof Value.Int level
                    && level.value() >= 0 && level.value() <= 100)) {
                throw LwM2mException.badRequest("the dimmer takes a whole percentage from 0 to 100");
            }
        }

        private static void checkRestart(ResourceNode node) throws LwM2mException {
            if (!(node instanceof SingleResource single && single.value() instanceof Value.Int seconds
                    && seconds.value() == 0)) {
                throw LwM2mException.badRequest("On Time takes 0, which starts it again");
            }
        }

        @Override
        public void stateChanged(Actuator changed) {
            show(changed);
        }

        private void show(Actuator state) {
            boolean wasOn = get(onOffResource) instanceof SingleResource s && s.value() instanceof Value.Bool b
                    && b.value();
            if (state.isOn() && !wasOn) {
                onSince = System.nanoTime();
            }
            set(onOffResource, Value.of(state.isOn()));
            if (model().resource(DIMMER) != null && !Double.isNaN(state.level())) {
                set(DIMMER, Value.of(Math.round(state.level())));
            }
        }

        /** On/Off and Dimmer drive the actuator, whose report then shows; a write of On Time restarts it. */
        @Override
        public void write(ResourceNode resource, WriteMode mode) {
            Value value = resource instanceof SingleResource single ? single.value() : null;
            if (resource.id() == onOffResource && value instanceof Value.Bool on) {
                actuator.switchOn(on.value());
            } else if (resource.id() == DIMMER && value instanceof Value.Int level) {
                actuator.setLevel(level.value());
            } else if (resource.id() == ON_TIME) {
                onSince = System.nanoTime();
            } else {
                super.write(resource, mode);
            }
        }
    }
}
