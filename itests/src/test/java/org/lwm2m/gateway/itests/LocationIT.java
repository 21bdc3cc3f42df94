package org.lwm2m.gateway.itests;

import static org.junit.Assert.assertEquals;
import static org.lwm2m.gateway.itests.GatewayHarness.hasLinkAtOrBelow;
import static org.lwm2m.gateway.itests.GatewayHarness.link;

import java.util.Hashtable;

import org.eclipse.leshan.core.node.LwM2mSingleResource;
import org.eclipse.leshan.core.request.ContentFormat;
import org.eclipse.leshan.core.request.ReadRequest;
import org.eclipse.leshan.core.response.ReadResponse;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.Configuration;

/** A position configured for the gateway shows at the server as Location (/6/0), and goes with its configuration. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LocationIT extends WithRegisteredGateway {

    private static final String ENDPOINT = "it-location";

    public LocationIT() {
        super(ENDPOINT);
    }

    @Test
    public void aConfiguredPositionIsTheLocation() throws Exception {
        Configuration location = configAdmin().getConfiguration("org.lwm2m.gateway.location", "?");
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("latitude", "48.2082");
        properties.put("longitude", "16.3738");
        properties.put("altitude", "190");
        location.update(properties);

        harness().awaitUpdate(ENDPOINT, "with /6/0", links -> link(links, "/6/0") != null);
        ReadResponse latitude = send(new ReadRequest(ContentFormat.TEXT, 6, 0, 0));
        assertEquals(48.2082, (Double) ((LwM2mSingleResource) latitude.getContent()).getValue(), 0.0);
        ReadResponse altitude = send(new ReadRequest(ContentFormat.TEXT, 6, 0, 2));
        assertEquals(190.0, (Double) ((LwM2mSingleResource) altitude.getContent()).getValue(), 0.0);

        location.delete();
        harness().awaitUpdate(ENDPOINT, "without /6/0", links -> !hasLinkAtOrBelow(links, "/6/0"));
    }
}
