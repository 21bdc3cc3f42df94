package org.lwm2m.gateway.object.security;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Checks the Declarative Services descriptor bnd generated from the annotations. */
class ComponentDescriptorTest {

    @Test
    void oneComponentPerClientConfiguration() throws IOException {
        String xml;
        try (InputStream in = getClass().getResourceAsStream(
                "/OSGI-INF/org.lwm2m.gateway.object.security.SecurityObjectProvider.xml")) {
            assertNotNull(in, "bnd generated no component descriptor");
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(xml.contains("configuration-pid=\"org.lwm2m.gateway.client\""), xml);
        assertTrue(xml.contains("configuration-policy=\"require\""), xml);
        assertTrue(xml.contains("interface=\"org.lwm2m.gateway.api.object.ObjectProvider\""), xml);
        assertTrue(xml.contains("init=\"1\""), "constructor injection of the configuration: " + xml);
    }
}
