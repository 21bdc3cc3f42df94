package org.lwm2m.gateway.ipso.humidity;

import org.lwm2m.gateway.api.driver.Sensor;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.lwm2m.gateway.api.object.SensorObjectProvider;
import org.osgi.service.component.annotations.Component;

/** IPSO Humidity (3304): an instance for every {@link Sensor} of quantity "humidity". */
@Component(service = ObjectProvider.class, property = SensorObjectProvider.SENSORS + ".target=("
        + Sensor.QUANTITY + "=humidity)")
public class HumidityObject extends SensorObjectProvider {

    public HumidityObject() {
        super(ObjectModel.load(HumidityObject.class, "/ddf/3304-1_1.xml"));
    }
}
