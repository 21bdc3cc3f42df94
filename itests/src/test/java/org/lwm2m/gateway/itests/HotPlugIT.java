package org.lwm2m.gateway.itests;

import static org.lwm2m.gateway.itests.GatewayHarness.hasLinkAtOrBelow;
import static org.lwm2m.gateway.itests.GatewayHarness.link;

import java.time.Duration;

import org.eclipse.leshan.server.registration.Registration;
import org.junit.Test;
import org.junit.runner.RunWith;
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
        EventLog<Registration> updates = harness().peer().updates();

        int beforeUninstall = updates.mark();
        GatewayBundle.OBJECT_DEVICE.in(context()).uninstall();
        updates.awaitAfter(beforeUninstall,
                r -> r.getEndpoint().equals(ENDPOINT) && !hasLinkAtOrBelow(r.getObjectLinks(), "/3"),
                UPDATE_TIMEOUT);

        int beforeInstall = updates.mark();
        Bundle device = context().installBundle(GatewayBundle.OBJECT_DEVICE.location());
        device.start();
        updates.awaitAfter(beforeInstall,
                r -> r.getEndpoint().equals(ENDPOINT) && link(r.getObjectLinks(), "/3/0") != null,
                UPDATE_TIMEOUT);
    }
}
