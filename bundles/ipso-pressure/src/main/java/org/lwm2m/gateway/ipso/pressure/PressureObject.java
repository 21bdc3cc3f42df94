package org.lwm2m.gateway.ipso.pressure;

import org.lwm2m.gateway.api.driver.Sensor;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.lwm2m.gateway.api.object.SensorObjectProvider;
import org.osgi.service.component.annotations.Component;

/** IPSO Pressure (3323): an instance for every {@link Sensor} of quantity "pressure". */
@Component(service = ObjectProvider.class, property = SensorObjectProvider.SENSORS + ".target=("
        + Sensor.QUANTITY + "=pressure)")
public class PressureObject extends SensorObjectProvider {

    public PressureObject() {
        super(ObjectModel.load(PressureObject.class, "/ddf/3323-1_1.xml"));
    }
}
