package org.lwm2m.gateway.ipso.temperature;

import org.lwm2m.gateway.api.driver.Sensor;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.lwm2m.gateway.api.object.SensorObjectProvider;
import org.osgi.service.component.annotations.Component;

/** IPSO Temperature (3303): an instance for every {@link Sensor} of quantity "temperature". */
@Component(service = ObjectProvider.class, property = SensorObjectProvider.SENSORS + ".target=("
        + Sensor.QUANTITY + "=temperature)")
public class TemperatureObject extends SensorObjectProvider {

    public TemperatureObject() {
        super(ObjectModel.load(TemperatureObject.class, "/ddf/3303-1_1.xml"));
    }
}
