package org.lwm2m.gateway.object.device;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Checks the Declarative Services and Metatype descriptors bnd generated from the annotations. */
class ComponentDescriptorTest {

    private String resource(String path) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(path)) {
            assertNotNull(in, "bnd generated no " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theDeviceProviderIsSharedAndOptionallyConfigured() throws IOException {
        String xml = resource("/OSGI-INF/org.lwm2m.gateway.object.device.DeviceObjectProvider.xml");
        assertTrue(xml.contains("configuration-pid=\"org.lwm2m.gateway.device\""), xml);
        assertTrue(xml.contains("configuration-policy=\"optional\""), xml);
        assertTrue(xml.contains("interface=\"org.lwm2m.gateway.api.object.ObjectProvider\""), xml);
        assertTrue(!xml.contains("name=\"endpoint\""), "shared by every client: " + xml);
        assertTrue(xml.contains("interface=\"org.lwm2m.gateway.api.client.RebootHandler\"")
                && xml.contains("cardinality=\"0..1\"") && xml.contains("policy=\"dynamic\"")
                && xml.contains("policy-option=\"greedy\""), "binds the highest-ranked handler: " + xml);
    }

    @Test
    void theDefaultRebootHandlerRanksBelowEveryOther() throws IOException {
        String xml = resource("/OSGI-INF/org.lwm2m.gateway.object.device.DefaultRebootHandler.xml");
        assertTrue(xml.contains("<property name=\"service.ranking\" type=\"Integer\" value=\"-100\"/>"), xml);
        assertTrue(xml.contains("interface=\"org.lwm2m.gateway.api.client.RebootHandler\""), xml);
    }

    @Test
    void theConfigurationIsDescribedForConsoles() throws IOException {
        String xml = resource("/OSGI-INF/metatype/org.lwm2m.gateway.device.xml");
        for (String id : new String[] {"manufacturer", "model", "serial", "deviceType", "hardwareVersion"}) {
            assertTrue(xml.contains("<AD id=\"" + id + "\""), id + " in " + xml);
        }
    }
}
