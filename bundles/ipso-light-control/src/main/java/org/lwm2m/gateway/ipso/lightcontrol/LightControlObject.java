package org.lwm2m.gateway.ipso.lightcontrol;

import org.lwm2m.gateway.api.driver.Actuator;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.object.ActuatorObjectProvider;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.osgi.service.component.annotations.Component;

/** IPSO Light Control (3311): an instance for every {@link Actuator} of kind "light". */
@Component(service = ObjectProvider.class, property = ActuatorObjectProvider.ACTUATORS + ".target=("
        + Actuator.KIND + "=" + Actuator.KIND_LIGHT + ")")
public class LightControlObject extends ActuatorObjectProvider {

    public LightControlObject() {
        super(ObjectModel.load(LightControlObject.class, "/ddf/3311-1_0.xml"));
    }
}
