package org.lwm2m.gateway.driver.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lwm2m.gateway.api.driver.ConnectivityInfo;

/** Connectivity from the interfaces that are up and procfs laid out as the kernel writes it. */
class LinuxConnectivityTest {

    @TempDir
    Path root;
    private final AtomicLong nanos = new AtomicLong();
    private final List<LinuxConnectivity.Link> links = new ArrayList<>();

    private void proc(String path, String content) throws IOException {
        Path file = root.resolve("proc").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private LinuxConnectivity connectivity() {
        return new LinuxConnectivity(new SystemFiles(root.resolve("sys"), root.resolve("proc")),
                () -> List.copyOf(links), nanos::get);
    }

    @Test
    void aHostOnItsWlanWithEthernetBeside() throws IOException {
        links.add(new LinuxConnectivity.Link("eth0", List.of("10.0.0.5")));
        links.add(new LinuxConnectivity.Link("docker0", List.of("172.17.0.1")));
        links.add(new LinuxConnectivity.Link("wlan0", List.of("192.168.1.20", "2001:db8::20")));
        proc("net/route", "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\n"
                + "wlan0\t0001A8C0\t00000000\t0001\t0\t0\t600\t00FFFFFF\n"
                + "wlan0\t00000000\t0101A8C0\t0003\t0\t0\t600\t00000000\n");
        proc("net/wireless", "Inter-| sta-|   Quality        |   Discarded packets\n"
                + " face | tus | link level noise |  nwid  crypt   frag  retry   misc | beacon | 22\n"
                + " wlan0: 0000   57.  -53.  -256        0      0      0      0     12        0\n");

        ConnectivityInfo info = connectivity();

        assertEquals(ConnectivityInfo.BEARER_WLAN, info.networkBearer());
        assertEquals(List.of(ConnectivityInfo.BEARER_WLAN, ConnectivityInfo.BEARER_ETHERNET), info.availableBearers());
        assertEquals(OptionalInt.of(-53), info.signalStrength());
        assertEquals(OptionalInt.of(57), info.linkQuality());
        assertEquals(List.of("192.168.1.20", "2001:db8::20", "10.0.0.5"), info.ipAddresses(), "the link in use first");
        assertEquals(List.of("192.168.1.1"), info.routerAddresses());
    }

    @Test
    void aWiredHostWithoutRouteOrRadioAndSampledOncePerPeriod() {
        links.add(new LinuxConnectivity.Link("enp3s0", List.of("10.0.0.5")));
        ConnectivityInfo info = connectivity();

        assertEquals(ConnectivityInfo.BEARER_ETHERNET, info.networkBearer());
        assertEquals(OptionalInt.empty(), info.signalStrength());
        assertEquals(List.of(), info.routerAddresses());
        links.add(new LinuxConnectivity.Link("wwan0", List.of("100.64.0.9")));
        assertEquals(List.of("10.0.0.5"), info.ipAddresses(), "not sampled again within the period");
        nanos.addAndGet(LinuxConnectivity.SAMPLE_PERIOD.toNanos());
        assertEquals(List.of(ConnectivityInfo.BEARER_ETHERNET, ConnectivityInfo.BEARER_LTE_FDD),
                info.availableBearers());
    }
}
