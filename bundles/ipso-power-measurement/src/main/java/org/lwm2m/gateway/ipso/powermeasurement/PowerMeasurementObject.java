package org.lwm2m.gateway.ipso.powermeasurement;

import org.lwm2m.gateway.api.driver.Sensor;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.lwm2m.gateway.api.object.SensorObjectProvider;
import org.osgi.service.component.annotations.Component;

/**
 * IPSO Power Measurement (3305): an instance for every {@link Sensor} of quantity "power", its value the
 * instantaneous active power (5800) with the measured extremes (5801, 5802) and the range (5803, 5804).
 */
@Component(service = ObjectProvider.class, property = SensorObjectProvider.SENSORS + ".target=("
        + Sensor.QUANTITY + "=" + Sensor.QUANTITY_POWER + ")")
public class PowerMeasurementObject extends SensorObjectProvider {

    public PowerMeasurementObject() {
        super(ObjectModel.load(PowerMeasurementObject.class, "/ddf/3305-1_1.xml"), Resources.ACTIVE_POWER);
    }
}
