package org.lwm2m.gateway.itests;

import static org.junit.Assert.assertEquals;

import org.eclipse.leshan.core.ResponseCode;
import org.eclipse.leshan.core.node.LwM2mSingleResource;
import org.eclipse.leshan.core.request.ContentFormat;
import org.eclipse.leshan.core.request.DownlinkRequest;
import org.eclipse.leshan.core.request.ReadRequest;
import org.eclipse.leshan.core.response.LwM2mResponse;
import org.eclipse.leshan.core.response.ReadResponse;
import org.eclipse.leshan.server.registration.Registration;
import org.junit.Before;

/** A {@link WithGatewayHarness} whose gateway client is registered to the harness's server before each test. */
public abstract class WithRegisteredGateway extends WithGatewayHarness {

    private final String endpoint;
    private Registration registration;

    /** @param endpoint the endpoint name the client registers with */
    protected WithRegisteredGateway(String endpoint) {
        this.endpoint = endpoint;
    }

    @Before
    public void registerGateway() throws Exception {
        registration = harness().registerCoapClient(endpoint);
    }

    /** The server's record of this test's registration. */
    protected Registration registration() {
        return registration;
    }

    /** Sends a request from the harness's server to this test's client and waits for the answer. */
    protected <T extends LwM2mResponse> T send(DownlinkRequest<T> request) throws InterruptedException {
        return harness().leshan().send(registration, request);
    }

    /**
     * Reads a string resource of this test's client in {@code format}.
     *
     * @throws AssertionError if the read is not answered 2.05 Content
     */
    protected String readString(ContentFormat format, int objectId, int instanceId, int resourceId)
            throws InterruptedException {
        ReadResponse response = send(new ReadRequest(format, objectId, instanceId, resourceId));
        assertEquals(response.toString(), ResponseCode.CONTENT, response.getCode());
        return (String) ((LwM2mSingleResource) response.getContent()).getValue();
    }
}
