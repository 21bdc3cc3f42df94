package org.lwm2m.gateway.ipso.accelerometer;

import org.lwm2m.gateway.api.driver.Sensor;
import org.lwm2m.gateway.api.driver.VectorSensor;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.lwm2m.gateway.api.object.VectorSensorObjectProvider;
import org.osgi.service.component.annotations.Component;

/** IPSO Accelerometer (3313): an instance for every {@link VectorSensor} of quantity "acceleration". */
@Component(service = ObjectProvider.class, property = VectorSensorObjectProvider.VECTOR_SENSORS + ".target=("
        + Sensor.QUANTITY + "=" + VectorSensor.QUANTITY_ACCELERATION + ")")
public class AccelerometerObject extends VectorSensorObjectProvider {

    public AccelerometerObject() {
        super(ObjectModel.load(AccelerometerObject.class, "/ddf/3313-1_1.xml"));
    }
}
