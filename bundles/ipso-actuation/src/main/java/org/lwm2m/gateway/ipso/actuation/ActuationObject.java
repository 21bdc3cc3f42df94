package org.lwm2m.gateway.ipso.actuation;

import org.lwm2m.gateway.api.driver.Actuator;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.object.ActuatorObjectProvider;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.osgi.service.component.annotations.Component;

/** IPSO Actuation (3306): an instance for every {@link Actuator} of kind "switch" (a relay, a valve). */
@Component(service = ObjectProvider.class, property = ActuatorObjectProvider.ACTUATORS + ".target=("
        + Actuator.KIND + "=" + Actuator.KIND_SWITCH + ")")
public class ActuationObject extends ActuatorObjectProvider {

    public ActuationObject() {
        super(ObjectModel.load(ActuationObject.class, "/ddf/3306-1_1.xml"));
    }
}
