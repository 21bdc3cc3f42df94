package org.lwm2m.gateway.object.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.client.RebootHandler;
import org.lwm2m.gateway.api.driver.DeviceInfo;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.lwm2m.gateway.testing.ComponentDescriptor;
import org.lwm2m.gateway.testing.ComponentDescriptor.Outline;
import org.lwm2m.gateway.testing.ComponentDescriptor.Property;
import org.lwm2m.gateway.testing.ComponentDescriptor.Reference;
import org.lwm2m.gateway.testing.MetatypeDescriptor;

/** Checks the Declarative Services and Metatype descriptors bnd generated from the annotations. */
class ComponentDescriptorTest {

    @Test
    void theDeviceProviderIsSharedAndOptionallyConfigured() {
        ComponentDescriptor descriptor = ComponentDescriptor.of(DeviceObjectProvider.class);
        String xml = descriptor.toString();
        assertEquals(new Outline(List.of(ObjectProvider.class.getName()), DeviceConfig.PID, "optional", 1),
                descriptor.outline(), xml);
        assertTrue(descriptor.properties().stream().noneMatch(p -> p.name().equals("endpoint")),
                "shared by every client: " + xml);
        Reference rebootHandler = new Reference("RebootHandler", RebootHandler.class.getName(), "0..1", "dynamic",
                "greedy");
        Reference deviceInfo = new Reference("DeviceInfo", DeviceInfo.class.getName(), "0..1", "dynamic", "greedy");
        assertEquals(List.of(deviceInfo, rebootHandler), descriptor.references(),
                "binds the highest-ranked host driver and reboot handler: " + xml);
    }

    @Test
    void theDefaultRebootHandlerRanksBelowEveryOther() {
        ComponentDescriptor descriptor = ComponentDescriptor.of(DefaultRebootHandler.class);
        String xml = descriptor.toString();
        assertEquals(List.of(new Property("service.ranking", "Integer", "-100")), descriptor.properties(), xml);
        assertEquals(List.of(RebootHandler.class.getName()), descriptor.outline().provides(), xml);
    }

    @Test
    void theConfigurationIsDescribedForConsoles() {
        MetatypeDescriptor metatype = MetatypeDescriptor.of(DeviceConfig.PID);
        assertTrue(metatype.attributeTypes().keySet().containsAll(
                List.of("manufacturer", "model", "serial", "deviceType", "hardwareVersion")), metatype.toString());
    }
}
