package org.lwm2m.gateway.itests;

import static org.lwm2m.gateway.itests.GatewayHarness.hasLinkAtOrBelow;
import static org.lwm2m.gateway.itests.GatewayHarness.link;


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

    @Test
    public void uninstallingAndReinstallingTheDeviceBundleUpdatesTheRegistration() throws Exception {
        harness().registerCoapClient(ENDPOINT);

        GatewayBundle.OBJECT_DEVICE.in(context()).uninstall();
        harness().awaitUpdate(ENDPOINT, "without /3", links -> !hasLinkAtOrBelow(links, "/3"));

        Bundle device = context().installBundle(GatewayBundle.OBJECT_DEVICE.location());
        device.start();
        harness().awaitUpdate(ENDPOINT, "with /3/0", links -> link(links, "/3/0") != null);
    }
}
