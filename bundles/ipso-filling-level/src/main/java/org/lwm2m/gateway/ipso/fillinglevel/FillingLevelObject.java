package org.lwm2m.gateway.ipso.fillinglevel;

import java.time.InstantSource;

import org.lwm2m.gateway.api.driver.Sensor;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.lwm2m.gateway.api.object.PeripheralObjectProvider;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Filling Level (3435): an instance for every {@link Sensor} of quantity "filling", a level sensor that reports how
 * full its container is in percent. See {@link ContainerInstance} for what an instance holds.
 */
@Component(service = ObjectProvider.class)
public class FillingLevelObject extends PeripheralObjectProvider<Sensor> {

    private final InstantSource clock;

    public FillingLevelObject() {
        this(InstantSource.system());
    }

    /** @param clock when each level was seen, which the filling speed and the forecast are reckoned from */
    FillingLevelObject(InstantSource clock) {
        super(ObjectModel.load(FillingLevelObject.class, "/ddf/3435-2_0.xml"));
        this.clock = clock;
    }

    /** Serves a level sensor as a new instance, which the servers learn of through an Update. */
    @Reference(service = Sensor.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            target = "(" + Sensor.QUANTITY + "=" + Sensor.QUANTITY_FILLING + ")", unbind = "removeSensor")
    public void addSensor(Sensor sensor) {
        ContainerInstance instance = attach(sensor,
                id -> new ContainerInstance(model(), id, clock, sensor.value(), r -> fireValueChanged(id, r)));
        if (instance != null) {
            sensor.addListener(instance);
        }
    }

    /** Stops serving a level sensor: its instance goes. */
    public void removeSensor(Sensor sensor) {
        if (detach(sensor) instanceof ContainerInstance instance) {
            sensor.removeListener(instance);
        }
    }
}
