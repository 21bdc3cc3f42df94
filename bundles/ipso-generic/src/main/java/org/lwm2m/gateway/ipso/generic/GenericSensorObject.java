package org.lwm2m.gateway.ipso.generic;

import org.lwm2m.gateway.api.driver.Sensor;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.lwm2m.gateway.api.object.SensorObjectProvider;
import org.osgi.service.component.annotations.Component;

/** IPSO Generic Sensor (3300): an instance for every {@link Sensor} of quantity "generic". */
@Component(service = ObjectProvider.class, property = SensorObjectProvider.SENSORS + ".target=("
        + Sensor.QUANTITY + "=generic)")
public class GenericSensorObject extends SensorObjectProvider {

    public GenericSensorObject() {
        super(ObjectModel.load(GenericSensorObject.class, "/ddf/3300-1_1.xml"));
    }
}
