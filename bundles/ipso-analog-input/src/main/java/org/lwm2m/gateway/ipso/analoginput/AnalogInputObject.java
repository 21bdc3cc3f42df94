package org.lwm2m.gateway.ipso.analoginput;

import org.lwm2m.gateway.api.driver.Sensor;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.object.SensorObjectProvider;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.osgi.service.component.annotations.Component;

/** IPSO Analog Input (3202): an instance for every {@link Sensor} of quantity "analog", its value in Analog Input Current Value (5600). */
@Component(service = ObjectProvider.class, property = SensorObjectProvider.SENSORS + ".target=("
        + Sensor.QUANTITY + "=" + Sensor.QUANTITY_ANALOG + ")")
public class AnalogInputObject extends SensorObjectProvider {

    public AnalogInputObject() {
        super(ObjectModel.load(AnalogInputObject.class, "/ddf/3202-1_1.xml"), Resources.ANALOG_INPUT);
    }
}
