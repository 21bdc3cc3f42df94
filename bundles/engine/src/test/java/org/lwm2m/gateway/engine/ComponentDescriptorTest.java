package org.lwm2m.gateway.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The DS and Metatype descriptors bnd generates for the client component: what Felix SCR and consoles read. */
class ComponentDescriptorTest {

    private static String read(String name) throws Exception {
        Path path = Path.of("target/classes/OSGI-INF", name);
        assertTrue(Files.exists(path), path + " was not generated");
        return Files.readString(path);
    }

    @Test
    void clientIsAnImmediateFactoryConfiguredComponentProvidingLwM2mClient() throws Exception {
        String xml = read("org.lwm2m.gateway.engine.ClientComponent.xml");

        assertTrue(xml.contains("configuration-pid=\"org.lwm2m.gateway.client\""), xml);
        assertTrue(xml.contains("configuration-policy=\"require\""), xml);
        assertTrue(xml.contains("immediate=\"true\""), xml);
        assertTrue(xml.contains("<provide interface=\"org.lwm2m.gateway.api.client.LwM2mClient\"/>"), xml);
        assertTrue(xml.contains("interface=\"org.lwm2m.gateway.api.object.ObjectProvider\"")
                && xml.contains("policy-option=\"greedy\""), xml);
        assertEquals(5, xml.split("<reference ").length - 1, xml);
    }

    @Test
    void metatypeDescribesTheFactoryPidWithThePskKeyAsAPassword() throws Exception {
        String xml = read("metatype/org.lwm2m.gateway.client.xml");

        assertTrue(xml.contains("<OCD id=\"org.lwm2m.gateway.client\""), xml);
        assertTrue(xml.contains("<AD id=\".pskKey\" type=\"Password\""), xml);
        for (String id : new String[] {"endpoint", "serverUri", "pskIdentity", "lifetime", "shortServerId", "binding",
                "defaultMinPeriod", "defaultMaxPeriod"}) {
            assertTrue(xml.contains("<AD id=\"" + id + "\""), id);
        }
    }
}
