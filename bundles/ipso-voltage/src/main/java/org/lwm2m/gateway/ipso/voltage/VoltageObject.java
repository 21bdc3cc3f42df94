package org.lwm2m.gateway.ipso.voltage;

import org.lwm2m.gateway.api.driver.Sensor;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.lwm2m.gateway.api.object.SensorObjectProvider;
import org.osgi.service.component.annotations.Component;

/** IPSO Voltage (3316): an instance for every {@link Sensor} of quantity "voltage". */
@Component(service = ObjectProvider.class, property = SensorObjectProvider.SENSORS + ".target=("
        + Sensor.QUANTITY + "=voltage)")
public class VoltageObject extends SensorObjectProvider {

    public VoltageObject() {
        super(ObjectModel.load(VoltageObject.class, "/ddf/3316-1_1.xml"));
    }
}
