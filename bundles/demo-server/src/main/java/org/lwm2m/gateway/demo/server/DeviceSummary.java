package org.lwm2m.gateway.demo.server;

import static org.lwm2m.gateway.api.LwM2mIds.Device.CURRENT_TIME;
import static org.lwm2m.gateway.api.LwM2mIds.Device.MANUFACTURER;
import static org.lwm2m.gateway.api.LwM2mIds.Device.MODEL_NUMBER;

import java.util.Date;
import java.util.Optional;

import org.eclipse.leshan.core.node.LwM2mObjectInstance;
import org.eclipse.leshan.core.node.LwM2mResource;

/** What the demo server learnt from reading a client's Device object instance /3/0. */
record DeviceSummary(String endpoint, Optional<String> manufacturer, Optional<String> model,
        Optional<String> currentTime) {

    static DeviceSummary of(String endpoint, LwM2mObjectInstance device) {
        return new DeviceSummary(endpoint, text(device, MANUFACTURER), text(device, MODEL_NUMBER),
                text(device, CURRENT_TIME));
    }

    private static Optional<String> text(LwM2mObjectInstance instance, int resourceId) {
        LwM2mResource resource = instance.getResource(resourceId);
        if (resource == null || resource.isMultiInstances()) {
            return Optional.empty();
        }
        Object value = resource.getValue();
        return Optional.of(value instanceof Date date ? date.toInstant().toString() : String.valueOf(value));
    }

    /** One line for the log. */
    String describe() {
        return "manufacturer '" + manufacturer.orElse("-") + "', model '" + model.orElse("-") + "', time "
                + currentTime.orElse("-");
    }
}
