package org.lwm2m.gateway.api.object;

import java.time.Instant;

import org.lwm2m.gateway.api.driver.VectorSensor;
import org.lwm2m.gateway.api.driver.VectorSensorListener;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.node.Value;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * An IPSO object of a three-axis sensor (Accelerometer 3313, Magnetometer 3314): one instance per
 * {@link VectorSensor}, with its values (X 5702, Y 5703, Z 5704), unit (5701), range (5603, 5604) where the model
 * has it, and the time of the last value (5518). The Magnetometer's Compass Direction (5705) is the heading of the
 * horizontal field, in degrees clockwise from the y axis.
 * <p>
 * An object bundle subclasses it with its model and sets the target of the {@value #VECTOR_SENSORS} reference, as
 * {@link SensorObjectProvider} subclasses do.
 */
public abstract class VectorSensorObjectProvider extends PeripheralObjectProvider<VectorSensor> {

    public static final int X = 5702;
    public static final int Y = 5703;
    public static final int Z = 5704;
    public static final int COMPASS_DIRECTION = 5705;

    /** The name of the reference to the sensors, whose target a subclass sets. */
    public static final String VECTOR_SENSORS = "vectorSensors";

    protected VectorSensorObjectProvider(ObjectModel model) {
        super(model);
    }

    /** Serves a sensor as a new instance, which the servers learn of through an Update. */
    @Reference(name = VECTOR_SENSORS, service = VectorSensor.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, unbind = "removeVectorSensor")
    public void addVectorSensor(VectorSensor sensor) {
        VectorInstance instance = attach(sensor, id -> new VectorInstance(id, sensor));
        if (instance != null) {
            sensor.addListener(instance);
        }
    }

    /** Stops serving a sensor: its instance goes. */
    public void removeVectorSensor(VectorSensor sensor) {
        if (detach(sensor) instanceof VectorInstance instance) {
            sensor.removeListener(instance);
        }
    }

    /** One sensor's instance: its latest values. */
    private final class VectorInstance extends ValueInstance implements VectorSensorListener {

        VectorInstance(int id, VectorSensor sensor) {
            super(model(), id, resourceId -> fireValueChanged(id, resourceId));
            setIfModelled(SensorObjectProvider.UNITS, Value.of(sensor.unit()));
            if (!Double.isNaN(sensor.minRange())) {
                setIfModelled(SensorObjectProvider.MIN_RANGE, Value.of(sensor.minRange()));
            }
            if (!Double.isNaN(sensor.maxRange())) {
                setIfModelled(SensorObjectProvider.MAX_RANGE, Value.of(sensor.maxRange()));
            }
            record(sensor.value());
        }

        @Override
        public void valueChanged(VectorSensor sensor, VectorSensor.Vector value) {
            record(value);
        }

        private synchronized void record(VectorSensor.Vector value) {
            setIfModelled(SensorObjectProvider.TIMESTAMP, Value.time(Instant.now().getEpochSecond()));
            setIfModelled(COMPASS_DIRECTION, Value.of((Math.toDegrees(Math.atan2(value.x(), value.y())) + 360) % 360));
            setIfModelled(Y, Value.of(value.y()));
            setIfModelled(Z, Value.of(value.z()));
            set(X, Value.of(value.x()));
        }
    }
}
