package org.lwm2m.gateway.ipso.current;

import org.lwm2m.gateway.api.driver.Sensor;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.lwm2m.gateway.api.object.SensorObjectProvider;
import org.osgi.service.component.annotations.Component;

/** IPSO Current (3317): an instance for every {@link Sensor} of quantity "current". */
@Component(service = ObjectProvider.class, property = SensorObjectProvider.SENSORS + ".target=("
        + Sensor.QUANTITY + "=current)")
public class CurrentObject extends SensorObjectProvider {

    public CurrentObject() {
        super(ObjectModel.load(CurrentObject.class, "/ddf/3317-1_1.xml"));
    }
}
