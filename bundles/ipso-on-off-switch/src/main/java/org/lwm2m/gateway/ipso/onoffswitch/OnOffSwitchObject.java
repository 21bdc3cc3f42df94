package org.lwm2m.gateway.ipso.onoffswitch;

import org.lwm2m.gateway.api.driver.Sensor;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.object.DigitalInputObjectProvider;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.osgi.service.component.annotations.Component;

/** IPSO On/Off Switch (3342): an instance for every {@link Sensor} of quantity "toggle". */
@Component(service = ObjectProvider.class, property = DigitalInputObjectProvider.INPUTS + ".target=("
        + Sensor.QUANTITY + "=" + Sensor.QUANTITY_TOGGLE + ")")
public class OnOffSwitchObject extends DigitalInputObjectProvider {

    public OnOffSwitchObject() {
        super(ObjectModel.load(OnOffSwitchObject.class, "/ddf/3342-1_1.xml"));
    }
}
