package org.lwm2m.gateway.ipso.magnetometer;

import org.lwm2m.gateway.api.driver.Sensor;
import org.lwm2m.gateway.api.driver.VectorSensor;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.lwm2m.gateway.api.object.VectorSensorObjectProvider;
import org.osgi.service.component.annotations.Component;

/** IPSO Magnetometer (3314): an instance for every {@link VectorSensor} of quantity "magnetic". */
@Component(service = ObjectProvider.class, property = VectorSensorObjectProvider.VECTOR_SENSORS + ".target=("
        + Sensor.QUANTITY + "=" + VectorSensor.QUANTITY_MAGNETIC + ")")
public class MagnetometerObject extends VectorSensorObjectProvider {

    public MagnetometerObject() {
        super(ObjectModel.load(MagnetometerObject.class, "/ddf/3314-1_1.xml"));
    }
}
