package org.lwm2m.gateway.api.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class DdfParserTest {

    @Test
    void readsTheDeviceObject() {
        ObjectModel device = ObjectModel.standard(3, "1.2");
        assertEquals(3, device.id());
        assertEquals("Device", device.name());
        assertEquals("1.2", device.version());
        assertTrue(device.hasNonDefaultVersion());
        assertFalse(device.multipleInstances());
        assertTrue(device.mandatory());
        assertEquals("urn:oma:lwm2m:oma:3:1.2", device.urn());

        ResourceModel manufacturer = device.resource(0);
        assertEquals(ResourceType.STRING, manufacturer.type());
        assertEquals(Operations.R, manufacturer.operations());
        assertFalse(manufacturer.multiple());

        ResourceModel reboot = device.resource(4);
        assertEquals(ResourceType.NONE, reboot.type());
        assertTrue(reboot.operations().isExecutable());
        assertTrue(reboot.mandatory());

        ResourceModel voltages = device.resource(7);
        assertTrue(voltages.multiple());
        assertEquals(ResourceType.INTEGER, voltages.type());

        assertEquals(ResourceType.TIME, device.resource(13).type());
        assertEquals(Operations.RW, device.resource(13).operations());
        assertEquals(ResourceType.OBJLNK, device.resource(22).type());
        assertEquals(23, device.resources().size());
    }

    @Test
    void refusesDoctypesSoNoEntityIsExpanded() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<LWM2M><Object><Name>&e;</Name></Object></LWM2M>";
        assertThrows(IOException.class,
                () -> DdfParser.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void refusesAnObjectWithoutId() {
        String xml = "<LWM2M><Object><Name>x</Name></Object></LWM2M>";
        assertThrows(IOException.class,
                () -> DdfParser.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void reportsAMissingResource() {
        assertThrows(IllegalStateException.class, () -> ObjectModel.load(DdfParserTest.class, "/ddf/404.xml"));
    }
}
