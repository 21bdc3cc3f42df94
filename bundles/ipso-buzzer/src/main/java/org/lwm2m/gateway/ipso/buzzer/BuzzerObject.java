package org.lwm2m.gateway.ipso.buzzer;

import org.lwm2m.gateway.api.driver.Actuator;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.object.ActuatorObjectProvider;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.osgi.service.component.annotations.Component;

/** IPSO Buzzer (3338): an instance for every {@link Actuator} of kind "buzzer". */
@Component(service = ObjectProvider.class, property = ActuatorObjectProvider.ACTUATORS + ".target=("
        + Actuator.KIND + "=" + Actuator.KIND_BUZZER + ")")
public class BuzzerObject extends ActuatorObjectProvider {

    public BuzzerObject() {
        super(ObjectModel.load(BuzzerObject.class, "/ddf/3338-1_1.xml"));
    }
}
