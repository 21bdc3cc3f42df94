package org.lwm2m.gateway.object.device;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostInfoTest {

    @TempDir
    Path root;

    private void file(String path, String content) throws IOException {
        Path p = root.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }

    @Test
    void readsDmiOfAPc() throws IOException {
        file("sys/class/dmi/id/sys_vendor", "ACME Computers\n");
        file("sys/class/dmi/id/product_name", "Edge Box 300\n");
        file("sys/class/dmi/id/product_serial", "SN-4711\n");
        file("sys/class/dmi/id/product_version", "Rev B\n");

        HostInfo host = HostInfo.detect(new SystemFiles(root));

        assertEquals("ACME Computers", host.manufacturer());
        assertEquals("Edge Box 300", host.model());
        assertEquals("SN-4711", host.serialNumber());
        assertEquals("Rev B", host.hardwareVersion());
        assertEquals(System.getProperty("os.name") + " " + System.getProperty("os.version"), host.firmwareVersion());
    }

    @Test
    void prefersTheDeviceTreeOfABoardAndCpuinfo() throws IOException {
        file("sys/firmware/devicetree/base/model", "Raspberry Pi 4 Model B Rev 1.4\0");
        file("proc/cpuinfo", "processor\t: 0\nBogoMIPS\t: 108.00\n\nHardware\t: BCM2835\n"
                + "Revision\t: c03114\nSerial\t\t: 10000000abcdef01\nModel\t\t: Raspberry Pi 4\n");

        HostInfo host = HostInfo.detect(new SystemFiles(root));

        assertEquals("Raspberry Pi 4 Model B Rev 1.4", host.model());
        assertEquals("10000000abcdef01", host.serialNumber());
        assertEquals("c03114", host.hardwareVersion());
        assertEquals(HostInfo.UNKNOWN, host.manufacturer());
    }

    @Test
    void skipsPlaceholdersAndFallsBack() throws IOException {
        file("sys/class/dmi/id/sys_vendor", "To Be Filled By O.E.M.\n");
        file("sys/class/dmi/id/product_serial", "System Serial Number\n");
        file("sys/class/dmi/id/board_serial", "BOARD-42\n");
        file("sys/class/dmi/id/product_name", "\n");

        HostInfo host = HostInfo.detect(new SystemFiles(root));

        assertEquals(HostInfo.UNKNOWN, host.manufacturer());
        assertEquals("BOARD-42", host.serialNumber());
        assertEquals("lwm2m-gateway", host.model());
        assertEquals(System.getProperty("os.arch"), host.hardwareVersion());
    }

    @Test
    void anEmptyHostGivesSafeFallbacks() {
        HostInfo host = HostInfo.detect(new SystemFiles(root.resolve("missing")));
        assertEquals(HostInfo.UNKNOWN, host.manufacturer());
        assertEquals("lwm2m-gateway", host.model());
        assertEquals(HostInfo.UNKNOWN, host.serialNumber());
        assertEquals(System.getProperty("os.arch"), host.hardwareVersion());
    }
}
