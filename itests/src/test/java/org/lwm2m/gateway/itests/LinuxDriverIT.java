package org.lwm2m.gateway.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.lwm2m.gateway.itests.GatewayHarness.hasLinkAtOrBelow;
import static org.lwm2m.gateway.itests.GatewayHarness.link;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Hashtable;
import java.util.stream.Stream;

import org.eclipse.leshan.core.ResponseCode;
import org.eclipse.leshan.core.node.LwM2mSingleResource;
import org.eclipse.leshan.core.request.CancelObservationRequest;
import org.eclipse.leshan.core.request.ContentFormat;
import org.eclipse.leshan.core.request.ObserveRequest;
import org.eclipse.leshan.core.request.ReadRequest;
import org.eclipse.leshan.core.response.ObserveResponse;
import org.eclipse.leshan.core.response.ReadResponse;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.Configuration;

/**
 * The Linux driver on a sysfs tree the test lays out as the kernel does: a thermal zone that appears is a
 * temperature instance at the server with the zone's reading, and one that vanishes takes its instance away; the
 * host's DMI vendor and battery show in the Device object, and its network links in Connectivity Monitoring.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LinuxDriverIT extends WithRegisteredGateway {

    private static final String ENDPOINT = "it-linux";

    public LinuxDriverIT() {
        super(ENDPOINT);
    }

    @Test
    public void aThermalZoneThatAppearsIsReadAndOneThatVanishesGoes() throws Exception {
        Path sysfs = Files.createTempDirectory("sysfs");
        Configuration driver = configAdmin().getConfiguration("org.lwm2m.gateway.driver.linux", "?");
        try {
            Hashtable<String, Object> properties = new Hashtable<>();
            properties.put("sysfs", sysfs.toString());
            properties.put("scanPeriod", 1);
            properties.put("samplePeriod", 1);
            driver.update(properties);

            Path zone = Files.createDirectories(sysfs.resolve("class/thermal/thermal_zone0"));
            Files.writeString(zone.resolve("temp"), "45500\n");
            harness().awaitUpdate(ENDPOINT, "with /3303/0", links -> link(links, "/3303/0") != null);
            ReadResponse temperature = send(new ReadRequest(ContentFormat.TEXT, 3303, 0, 5700));
            assertEquals(temperature.toString(), ResponseCode.CONTENT, temperature.getCode());
            assertEquals(45.5, Double.parseDouble(String.valueOf(
                    ((LwM2mSingleResource) temperature.getContent()).getValue())), 0.0);
            ReadResponse unit = send(new ReadRequest(ContentFormat.TEXT, 3303, 0, 5701));
            assertEquals("Cel", ((LwM2mSingleResource) unit.getContent()).getValue());

            delete(zone);
            harness().awaitUpdate(ENDPOINT, "without /3303/0", links -> !hasLinkAtOrBelow(links, "/3303/0"));
        } finally {
            driver.delete();
            delete(sysfs);
        }
    }

    @Test
    public void theDeviceObjectTellsWhatTheHostTells() throws Exception {
        Path sysfs = Files.createTempDirectory("sysfs");
        Configuration driver = configAdmin().getConfiguration("org.lwm2m.gateway.driver.linux", "?");
        try {
            Files.createDirectories(sysfs.resolve("class/dmi/id"));
            Files.writeString(sysfs.resolve("class/dmi/id/sys_vendor"), "ACME Computers\n");
            Path battery = Files.createDirectories(sysfs.resolve("class/power_supply/BAT0"));
            Files.writeString(battery.resolve("type"), "Battery\n");
            Files.writeString(battery.resolve("capacity"), "87\n");
            Files.writeString(battery.resolve("status"), "Charging\n");
            ObserveResponse observed = send(new ObserveRequest(ContentFormat.TEXT, 3, 0, 0));
            assertEquals(observed.toString(), ResponseCode.CONTENT, observed.getCode());

            Hashtable<String, Object> properties = new Hashtable<>();
            properties.put("sysfs", sysfs.toString());
            driver.update(properties);

            harness().leshan().notifications().next(n -> n.registration().getEndpoint().equals(ENDPOINT)
                    && "ACME Computers".equals(((LwM2mSingleResource) n.response().getContent()).getValue()));
            send(new CancelObservationRequest(observed.getObservation()));
            assertEquals(87L, ((LwM2mSingleResource) send(new ReadRequest(ContentFormat.TEXT, 3, 0, 9))
                    .getContent()).getValue());
            assertEquals("charging", 1L, ((LwM2mSingleResource) send(new ReadRequest(ContentFormat.TEXT, 3, 0, 20))
                    .getContent()).getValue());
        } finally {
            driver.delete();
            delete(sysfs);
        }
    }

    @Test
    public void theHostsConnectivityIsConnectivityMonitoring() throws Exception {
        ReadResponse bearer = send(new ReadRequest(ContentFormat.TEXT, 4, 0, 0));
        assertEquals(bearer.toString(), ResponseCode.CONTENT, bearer.getCode());
        long value = (Long) ((LwM2mSingleResource) bearer.getContent()).getValue();
        assertTrue("an Ethernet, WLAN or LTE bearer: " + value, value == 41 || value == 21 || value == 6);
        assertEquals(ResponseCode.CONTENT, send(new ReadRequest(ContentFormat.TLV, 4, 0, 4)).getCode());
    }

    private static void delete(Path tree) throws Exception {
        try (Stream<Path> paths = Files.walk(tree)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
