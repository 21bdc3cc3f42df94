package org.lwm2m.gateway.ipso.pushbutton;

import org.lwm2m.gateway.api.driver.Sensor;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.object.DigitalInputObjectProvider;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.osgi.service.component.annotations.Component;

/** IPSO Push Button (3347): an instance for every {@link Sensor} of quantity "button". */
@Component(service = ObjectProvider.class, property = DigitalInputObjectProvider.INPUTS + ".target=("
        + Sensor.QUANTITY + "=" + Sensor.QUANTITY_BUTTON + ")")
public class PushButtonObject extends DigitalInputObjectProvider {

    public PushButtonObject() {
        super(ObjectModel.load(PushButtonObject.class, "/ddf/3347-1_1.xml"));
    }
}
