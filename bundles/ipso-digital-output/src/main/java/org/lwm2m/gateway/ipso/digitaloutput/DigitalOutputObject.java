package org.lwm2m.gateway.ipso.digitaloutput;

import org.lwm2m.gateway.api.driver.Actuator;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.object.ActuatorObjectProvider;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.osgi.service.component.annotations.Component;

/** IPSO Digital Output (3201): an instance for every {@link Actuator} of kind "output", switched by 5550. */
@Component(service = ObjectProvider.class, property = ActuatorObjectProvider.ACTUATORS + ".target=("
        + Actuator.KIND + "=" + Actuator.KIND_OUTPUT + ")")
public class DigitalOutputObject extends ActuatorObjectProvider {

    public DigitalOutputObject() {
        super(ObjectModel.load(DigitalOutputObject.class, "/ddf/3201-1_1.xml"), DIGITAL_OUTPUT_STATE);
    }
}
