package org.lwm2m.gateway.ipso.digitalinput;

import org.lwm2m.gateway.api.driver.Sensor;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.object.DigitalInputObjectProvider;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.osgi.service.component.annotations.Component;

/** IPSO Digital Input (3200): an instance for every {@link Sensor} of quantity "digital". */
@Component(service = ObjectProvider.class, property = DigitalInputObjectProvider.INPUTS + ".target=("
        + Sensor.QUANTITY + "=" + Sensor.QUANTITY_DIGITAL + ")")
public class DigitalInputObject extends DigitalInputObjectProvider {

    public DigitalInputObject() {
        super(ObjectModel.load(DigitalInputObject.class, "/ddf/3200-1_1.xml"));
    }
}
