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
 * An IPSO sensor object (Generic Sensor 3300, Temperature 3303, Humidity 3304, ...): one instance per
 * {@link Sensor} service, numbered from 0 with the lowest free id, coming and going with its sensor. An instance
 * reports the sensor's value (5700), unit (5701), range (5603, 5604) where the sensor gives one, the lowest and
 * highest values measured (5601, 5602; Reset, 5605, starts them again from the current value) and the time of the
 * last value (5518) where the object's version has it. Resources the object's model lacks are left out.
 * <p>
 * An object bundle subclasses it with its model and sets the target of the {@value #SENSORS} reference to the
 * sensors of its quantity: a component property {@code sensors.target=(sensor.quantity=temperature)}. Its bnd
 * instructions need {@code -dsannotations-options: inherit}, so that the reference declared here is in its
 * component description.
 */
public abstract class SensorObjectProvider extends PeripheralObjectProvider<Sensor> {

    public static final int MIN_MEASURED = 5601;
    public static final int MAX_MEASURED = 5602;
    public static final int MIN_RANGE = 5603;
    public static final int MAX_RANGE = 5604;
    public static final int RESET_MIN_MAX = 5605;
    public static final int SENSOR_VALUE = 5700;
    public static final int UNITS = 5701;
    public static final int TIMESTAMP = 5518;

    /** The name of the reference to the sensors, whose target a subclass sets. */
    public static final String SENSORS = "sensors";

    /**
     * Where an object keeps a sensor's figures: its value, the lowest and highest measured, and its range. Most IPSO
     * sensors use {@link #STANDARD}; some name them otherwise.
     */
    public record Resources(int value, int minMeasured, int maxMeasured, int minRange, int maxRange) {

        /** Sensor Value (5700) and 5601 to 5604. */
        public static final Resources STANDARD = new Resources(SENSOR_VALUE, MIN_MEASURED, MAX_MEASURED, MIN_RANGE,
                MAX_RANGE);
        /** Analog Input (3202): Analog Input Current Value (5600) and 5601 to 5604. */
        public static final Resources ANALOG_INPUT = new Resources(5600, MIN_MEASURED, MAX_MEASURED, MIN_RANGE,
                MAX_RANGE);
        /** Power Measurement (3305): the active power, 5800 to 5804. */
        public static final Resources ACTIVE_POWER = new Resources(5800, 5801, 5802, 5803, 5804);
    }

    private final Resources resources;

    protected SensorObjectProvider(ObjectModel model) {
        this(model, Resources.STANDARD);
    }

    /** @param resources where the object keeps the sensor's figures, where it names them otherwise */
    protected SensorObjectProvider(ObjectModel model, Resources resources) {
        super(model);
        this.resources = resources;
    }

    /** Serves a sensor as a new instance, which the servers learn of through an Update. */
    @Reference(name = SENSORS, service = Sensor.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, unbind = "removeSensor")
    public void addSensor(Sensor sensor) {
        SensorInstance instance = attach(sensor, id -> new SensorInstance(id, sensor));
        if (instance != null) {
            sensor.addListener(instance);
        }
    }

    /** Stops serving a sensor: its instance goes. */
    public void removeSensor(Sensor sensor) {
        if (detach(sensor) instanceof SensorInstance instance) {
            sensor.removeListener(instance);
        }
    }

    /**
     * Lets a subclass keep resources of its own object in step with a sensor (Power Measurement's cumulative
     * energy): called once when the sensor's instance is set up, the listener it returns hears every new value
     * after the standard resources are set. None by default.
     *
     * @return a listener, or null to follow nothing more
     */
    protected SensorListener follow(ValueInstance instance, Sensor sensor) {
        return null;
    }

    /** One sensor's instance: its latest value and the extremes since the last reset. */
    private final class SensorInstance extends ValueInstance implements SensorListener {

        private final SensorListener follower;
        private double lowest;
        private double highest;

        SensorInstance(int id, Sensor sensor) {
            super(model(), id, resourceId -> fireValueChanged(id, resourceId));
            setIfModelled(UNITS, Value.of(sensor.unit()));
            if (!Double.isNaN(sensor.minRange())) {
                setIfModelled(resources.minRange(), Value.of(sensor.minRange()));
            }
            if (!Double.isNaN(sensor.maxRange())) {
                setIfModelled(resources.maxRange(), Value.of(sensor.maxRange()));
            }
            double value = sensor.value();
            lowest = value;
            highest = value;
            record(value);
            if (model().resource(RESET_MIN_MAX) != null) {
                onExecute(RESET_MIN_MAX, arguments -> resetExtremes(sensor.value()));
            }
            follower = follow(this, sensor);
        }

        @Override
        public void valueChanged(Sensor sensor, double value) {
            synchronized (this) {
                lowest = Math.min(lowest, value);
                highest = Math.max(highest, value);
            }
            record(value);
            if (follower != null) {
                follower.valueChanged(sensor, value);
            }
        }

        private synchronized void resetExtremes(double value) {
            lowest = value;
            highest = value;
            record(value);
        }

        private synchronized void record(double value) {
            setIfModelled(resources.minMeasured(), Value.of(lowest));
            setIfModelled(resources.maxMeasured(), Value.of(highest));
            setIfModelled(TIMESTAMP, Value.time(Instant.now().getEpochSecond()));
            set(resources.value(), Value.of(value));
        }
    }
}
