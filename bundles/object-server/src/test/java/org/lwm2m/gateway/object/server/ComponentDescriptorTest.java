package org.lwm2m.gateway.object.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.client.ClientConfiguration;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.lwm2m.gateway.testing.ComponentDescriptor;
import org.lwm2m.gateway.testing.ComponentDescriptor.Outline;

/** Checks the Declarative Services descriptor bnd generated from the annotations. */
class ComponentDescriptorTest {

    @Test
    void oneProviderPerClientConfigurationWhichTheConstructorTakes() {
        ComponentDescriptor descriptor = ComponentDescriptor.of(ServerObjectProvider.class);
        Outline expected = new Outline(List.of(ObjectProvider.class.getName()), ClientConfiguration.FACTORY_PID,
                "require", 1);
        assertEquals(expected, descriptor.outline(), descriptor.toString());
    }
}
