package org.lwm2m.gateway.itests;

import static org.lwm2m.gateway.itests.GatewayHarness.hasLinkAtOrBelow;
import static org.lwm2m.gateway.itests.GatewayHarness.link;

import java.time.Duration;
import java.util.function.Predicate;

import org.eclipse.leshan.core.link.Link;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.lwm2m.gateway.testing.Arrivals;
import org.lwm2m.gateway.testing.LeshanTestServer.Update;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

/** Removing and adding an object bundle while registered sends Registration Updates with the new object list. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HotPlugIT extends WithGatewayHarness {

    private static final String ENDPOINT = "it-hotplug";
    /** "Within a few seconds" of the bundle change. */
    private static final Duration UPDATE_TIMEOUT = Duration.ofSeconds(5);

    @Test
    public void uninstallingAndReinstallingTheDeviceBundleUpdatesTheRegistration() throws Exception {
        harness().registerCoapClient(ENDPOINT);

        GatewayBundle.OBJECT_DEVICE.in(context()).uninstall();
        awaitUpdate("without /3", links -> !hasLinkAtOrBelow(links, "/3"));

        Bundle device = context().installBundle(GatewayBundle.OBJECT_DEVICE.location());
        device.start();
        awaitUpdate("with /3/0", links -> link(links, "/3/0") != null);
    }

    /** Takes the next Registration Update of this test's client whose object links are {@code wanted}. */
    private void awaitUpdate(String wanted, Predicate<Link[]> objectLinks) throws InterruptedException {
        Arrivals<Update> updates = harness().leshan().updates();
        updates.poll(u -> u.registration().getEndpoint().equals(ENDPOINT)
                        && objectLinks.test(u.registration().getObjectLinks()), UPDATE_TIMEOUT)
                .orElseThrow(() -> new AssertionError("no Registration Update " + wanted + " within "
                        + UPDATE_TIMEOUT.toSeconds() + " s; updates: " + updates.all()));
    }
}
