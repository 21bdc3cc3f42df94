package org.lwm2m.gateway.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;

import java.net.InetAddress;
import java.net.InetSocketAddress;

import org.eclipse.californium.core.coap.CoAP;
import org.eclipse.californium.core.coap.Request;
import org.eclipse.californium.core.coap.Response;
import org.eclipse.californium.core.config.CoapConfig;
import org.eclipse.californium.core.network.CoapEndpoint;
import org.eclipse.californium.elements.AddressEndpointContext;
import org.eclipse.californium.elements.config.Configuration;
import org.eclipse.californium.elements.config.UdpConfig;
import org.eclipse.leshan.core.ResponseCode;
import org.eclipse.leshan.core.request.ContentFormat;
import org.eclipse.leshan.core.request.WriteRequest;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.lwm2m.gateway.testing.Arrivals;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** Only the client's own server is obeyed: the same Write from another socket on loopback changes nothing. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class StrangerIT extends WithRegisteredGateway {

    private static final String OFFSET = "3/0/14";

    public StrangerIT() {
        super("it-stranger");
    }

    @Test
    public void aWriteFromAnotherSocketIsUnauthorizedAndChangesNothing() throws Exception {
        assertEquals(ResponseCode.CHANGED, send(new WriteRequest(3, 0, 14, "+01:00")).getCode());

        Response stranger = fromStranger(write("+07:00"));

        assertEquals(stranger.toString(), CoAP.ResponseCode.UNAUTHORIZED, stranger.getCode());
        assertEquals("+01:00", readString(ContentFormat.TEXT, 3, 0, 14));

        // the same request from the server is obeyed, so the stranger's was refused for who sent it
        Response server = harness().leshan().sendRaw(registration(), write("+07:00"));
        assertEquals(server.toString(), CoAP.ResponseCode.CHANGED, server.getCode());
        assertEquals("+07:00", readString(ContentFormat.TEXT, 3, 0, 14));
    }

    private static Request write(String offset) {
        Request request = Request.newPut();
        request.getOptions().setUriPath(OFFSET);
        request.getOptions().setContentFormat(ContentFormat.TEXT_CODE);
        request.setPayload(offset);
        return request;
    }

    /** Sends {@code request} to the gateway client from a fresh UDP socket on loopback. */
    private Response fromStranger(Request request) throws Exception {
        Configuration config = new Configuration(CoapConfig.DEFINITIONS, UdpConfig.DEFINITIONS);
        CoapEndpoint socket = new CoapEndpoint.Builder().setConfiguration(config)
                .setInetSocketAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)).build();
        try {
            socket.start();
            request.setDestinationContext(new AddressEndpointContext(registration().getSocketAddress()));
            socket.sendRequest(request);
            Response response = request.waitForResponse(Arrivals.TIMEOUT.toMillis());
            assertNotNull("no answer to the stranger's request", response);
            return response;
        } finally {
            socket.destroy();
        }
    }
}
