package org.lwm2m.gateway.driver.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The host's identity from DMI, the device tree, cpuinfo and os-release, in test directories. */
class HostIdentityTest {

    @TempDir
    Path root;

    private void file(String path, String content) throws IOException {
        Path p = root.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }

    private HostIdentity detect() {
        return HostIdentity.detect(new SystemFiles(root.resolve("sys"), root.resolve("proc")),
                root.resolve("etc/os-release"));
    }

    @Test
    void readsDmiOfAPcAndItsOperatingSystem() throws IOException {
        file("sys/class/dmi/id/sys_vendor", "ACME Computers\n");
        file("sys/class/dmi/id/product_name", "Edge Box 300\n");
        file("sys/class/dmi/id/product_serial", "SN-4711\n");
        file("sys/class/dmi/id/product_version", "Rev B\n");
        file("proc/sys/kernel/osrelease", "6.1.0-13-amd64\n");
        file("etc/os-release", "NAME=\"Debian GNU/Linux\"\nPRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nID=debian\n");

        HostIdentity host = detect();

        assertEquals(Optional.of("ACME Computers"), host.manufacturer());
        assertEquals(Optional.of("Edge Box 300"), host.model());
        assertEquals(Optional.of("SN-4711"), host.serialNumber());
        assertEquals(Optional.of("Rev B"), host.hardwareVersion());
        assertEquals(Optional.of("Debian GNU/Linux 12 (bookworm), Linux 6.1.0-13-amd64"), host.firmwareVersion());
    }

    @Test
    void prefersTheDeviceTreeOfABoardAndCpuinfo() throws IOException {
        file("sys/firmware/devicetree/base/model", "Raspberry Pi 4 Model B Rev 1.4\0");
        file("proc/cpuinfo", "processor\t: 0\nBogoMIPS\t: 108.00\n\nHardware\t: BCM2835\n"
                + "Revision\t: c03114\nSerial\t\t: 10000000abcdef01\nModel\t\t: Raspberry Pi 4\n");
        file("proc/sys/kernel/osrelease", "6.6.31+rpt-rpi-v8\n");

        HostIdentity host = detect();

        assertEquals(Optional.of("Raspberry Pi 4 Model B Rev 1.4"), host.model());
        assertEquals(Optional.of("10000000abcdef01"), host.serialNumber());
        assertEquals(Optional.of("c03114"), host.hardwareVersion());
        assertEquals(Optional.empty(), host.manufacturer());
        assertEquals(Optional.of("Linux 6.6.31+rpt-rpi-v8"), host.firmwareVersion());
    }

    @Test
    void skipsPlaceholders() throws IOException {
        file("sys/class/dmi/id/sys_vendor", "To Be Filled By O.E.M.\n");
        file("sys/class/dmi/id/product_serial", "System Serial Number\n");
        file("sys/class/dmi/id/board_serial", "BOARD-42\n");
        file("sys/class/dmi/id/product_name", "\n");

        HostIdentity host = detect();

        assertEquals(Optional.empty(), host.manufacturer());
        assertEquals(Optional.of("BOARD-42"), host.serialNumber());
        assertEquals(Optional.empty(), host.model());
    }

    @Test
    void anEmptyHostTellsNothing() {
        assertEquals(new HostIdentity(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()), detect());
    }
}
