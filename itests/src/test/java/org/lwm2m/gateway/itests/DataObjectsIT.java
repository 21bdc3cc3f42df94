package org.lwm2m.gateway.itests;

import static org.junit.Assert.assertEquals;
import static org.lwm2m.gateway.itests.GatewayHarness.hasLinkAtOrBelow;
import static org.lwm2m.gateway.itests.GatewayHarness.link;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.leshan.core.ResponseCode;
import org.eclipse.leshan.core.node.LwM2mMultipleResource;
import org.eclipse.leshan.core.node.LwM2mResource;
import org.eclipse.leshan.core.request.ContentFormat;
import org.eclipse.leshan.core.request.CreateRequest;
import org.eclipse.leshan.core.request.DeleteRequest;
import org.eclipse.leshan.core.request.ReadRequest;
import org.eclipse.leshan.core.response.CreateResponse;
import org.eclipse.leshan.core.response.ReadResponse;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Portfolio (16), a data object, driven by a Leshan server: it creates an instance with its identities, reads them
 * back, learns of the instance in an Update, and deletes it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DataObjectsIT extends WithRegisteredGateway {

    private static final String ENDPOINT = "it-data-objects";

    public DataObjectsIT() {
        super(ENDPOINT);
    }

    @Test
    public void aServerCreatesReadsAndDeletesAPortfolioInstance() throws Exception {
        LwM2mResource identities = LwM2mMultipleResource.newStringResource(0, Map.of(0, "host", 1, "user"));
        CreateResponse created = send(new CreateRequest(ContentFormat.TLV, 16, identities));
        assertEquals(created.toString(), ResponseCode.CREATED, created.getCode());
        int instance = Integer.parseInt(created.getLocation().substring(created.getLocation().lastIndexOf('/') + 1));
        String location = "/16/" + instance;
        harness().awaitUpdate(ENDPOINT, "with " + location, links -> link(links, location) != null);

        ReadResponse read = send(new ReadRequest(ContentFormat.TLV, 16, instance, 0));
        assertEquals(read.toString(), ResponseCode.CONTENT, read.getCode());
        // the test server has no model of Portfolio, so it takes the TLV values as bytes
        LwM2mMultipleResource values = (LwM2mMultipleResource) read.getContent();
        assertEquals("host", new String((byte[]) values.getValue(0), StandardCharsets.UTF_8));
        assertEquals("user", new String((byte[]) values.getValue(1), StandardCharsets.UTF_8));

        assertEquals(ResponseCode.DELETED, send(new DeleteRequest(16, instance)).getCode());
        harness().awaitUpdate(ENDPOINT, "without " + location, links -> !hasLinkAtOrBelow(links, location));
        assertEquals(ResponseCode.NOT_FOUND, send(new ReadRequest(16, instance)).getCode());
    }
}
