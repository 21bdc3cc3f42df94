package org.lwm2m.gateway.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.eclipse.leshan.core.ResponseCode;
import org.eclipse.leshan.core.link.lwm2m.attributes.LwM2mAttributeSet;
import org.eclipse.leshan.core.link.lwm2m.attributes.LwM2mAttributes;
import org.eclipse.leshan.core.node.LwM2mSingleResource;
import org.eclipse.leshan.core.request.CancelObservationRequest;
import org.eclipse.leshan.core.request.ObserveRequest;
import org.eclipse.leshan.core.request.WriteAttributesRequest;
import org.eclipse.leshan.core.request.WriteRequest;
import org.eclipse.leshan.core.response.ObserveResponse;
import org.eclipse.leshan.core.response.WriteAttributesResponse;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.lwm2m.gateway.testing.LeshanTestServer.Notification;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** A Leshan server observes a resource of the gateway and is told when an application changes it. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ObserveIT extends WithRegisteredGateway {

    private static final String ENDPOINT = "it-observe";

    public ObserveIT() {
        super(ENDPOINT);
    }

    @Test
    public void aValueSetByAnApplicationReachesTheObserver() throws Exception {
        assertEquals(ResponseCode.CHANGED, send(new WriteRequest(3, 0, 14, "+01:00")).getCode());
        ObserveResponse observed = send(new ObserveRequest(3, 0, 14));
        assertEquals(observed.toString(), ResponseCode.CONTENT, observed.getCode());
        assertTrue("Leshan holds no observation", observed.getObservation() != null);

        harness().client(ENDPOINT).set("3/0/14", "+05:00");

        Notification notification = harness().leshan().notifications()
                .next(n -> n.registration().getId().equals(registration().getId()));
        assertEquals("+05:00", ((LwM2mSingleResource) notification.response().getContent()).getValue());
        send(new CancelObservationRequest(observed.getObservation()));
    }

    @Test
    public void aWrittenPmaxNotifiesAnUnchangedValue() throws Exception {
        assertEquals(ResponseCode.CHANGED, send(new WriteRequest(3, 0, 14, "+03:00")).getCode());
        WriteAttributesResponse written = send(new WriteAttributesRequest(3, 0, 14,
                new LwM2mAttributeSet(LwM2mAttributes.create(LwM2mAttributes.MAXIMUM_PERIOD, 1L))));
        assertEquals(written.toString(), ResponseCode.CHANGED, written.getCode());
        ObserveResponse observed = send(new ObserveRequest(3, 0, 14));
        assertEquals(observed.toString(), ResponseCode.CONTENT, observed.getCode());

        Notification notification = harness().leshan().notifications()
                .next(n -> n.registration().getId().equals(registration().getId()));

        assertEquals("+03:00", ((LwM2mSingleResource) notification.response().getContent()).getValue());
        send(new CancelObservationRequest(observed.getObservation()));
    }
}
