package org.lwm2m.gateway.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.californium.core.CoapHandler;
import org.eclipse.californium.core.CoapObserveRelation;
import org.eclipse.californium.core.CoapResponse;
import org.eclipse.californium.core.coap.CoAP;
import org.eclipse.californium.core.coap.Request;
import org.eclipse.leshan.core.node.LwM2mObjectInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.testing.Arrivals;

/** Observe relations on any LwM2M path, notified by exact value changes, cancelled by the observer. */
class ObserveTest extends DispatcherTestBase {

    private final Arrivals<CoapResponse> answers = new Arrivals<>("observe answer");
    private final CoapHandler handler = new CoapHandler() {
        @Override
        public void onLoad(CoapResponse response) {
            answers.add(response);
        }

        @Override
        public void onError() {
            // a failed observe shows as a missing answer, which the waits report
        }
    };

    @Test
    void aChangedResourceNotifiesItsObserverWithTheNewValue() throws Exception {
        CoapObserveRelation relation = peer.observe("/3/0/0", handler);

        CoapResponse first = answers.next();
        assertEquals(CoAP.ResponseCode.CONTENT, first.getCode());
        assertTrue(first.getOptions().hasObserve(), "the first answer establishes the relation");
        assertEquals("Open Mobile Alliance", first.getResponseText());

        objects.device.get(0).set(0, Value.of("ACME"));

        CoapResponse notification = answers.next();
        assertEquals("ACME", notification.getResponseText());
        assertTrue(notification.getOptions().getObserve() > first.getOptions().getObserve());
        relation.proactiveCancel();
    }

    @Test
    void aChangeBelowAnObservedInstanceNotifiesIt() throws Exception {
        CoapObserveRelation instance = peer.observe("/3/0", handler);
        assertEquals(CoAP.ResponseCode.CONTENT, answers.next().getCode());

        objects.device.get(0).set(1, Value.of("Model 2"));

        CoapResponse notification = answers.next();
        assertEquals(TLV, notification.getOptions().getContentFormat());
        assertEquals("Model 2", ORACLE.decode(notification.getPayload(), TLV, "/3/0", LwM2mObjectInstance.class)
                .getResource(1).getValue());
        instance.proactiveCancel();
    }

    @Test
    void aCancelledRelationIsGone() throws Exception {
        CoapObserveRelation relation = peer.observe("/3/0/0", handler);
        answers.next();
        assertEquals(1, peer.dispatcher().root().getObserverCount());
        assertEquals(1, peer.dispatcher().observations().count());

        relation.proactiveCancel();

        long deadline = System.nanoTime() + Arrivals.TIMEOUT.toNanos();
        while (peer.dispatcher().observations().count() > 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals(0, peer.dispatcher().root().getObserverCount(), "the cancel removed the relation");
        assertEquals(0, peer.dispatcher().observations().count(), "and its timers");
    }

    @Test
    void anObserveOfWhatCannotBeReadEstablishesNothing() throws Exception {
        peer.observe("/3/0/4", handler);

        CoapResponse refused = answers.next();

        assertEquals(CoAP.ResponseCode.METHOD_NOT_ALLOWED, refused.getCode());
        assertEquals(0, peer.dispatcher().root().getObserverCount());
    }

    @Test
    void pmaxNotifiesWithoutAnyChange() throws Exception {
        assertCode(CoAP.ResponseCode.CHANGED, peer.send(Request.newPut(), "/3/0/0?pmax=1"));
        CoapObserveRelation relation = peer.observe("/3/0/0", handler);
        CoapResponse first = answers.next();

        CoapResponse unprompted = answers.next();

        assertEquals("Open Mobile Alliance", unprompted.getResponseText());
        assertTrue(unprompted.getOptions().getObserve() > first.getOptions().getObserve());
        relation.proactiveCancel();
    }

    /** Three seconds, so that a slow machine still makes both changes within the period. */
    @ParameterizedTest
    @ValueSource(strings = {"pmin=3", "epmin=3"})
    void changesWithinTheMinimumPeriodMakeOneNotificationWithTheLatestValue(String attribute) throws Exception {
        assertCode(CoAP.ResponseCode.CHANGED, peer.send(Request.newPut(), "/3/0?" + attribute));
        CoapObserveRelation relation = peer.observe("/3/0/0", handler);
        answers.next();

        objects.device.get(0).set(0, Value.of("first"));
        objects.device.get(0).set(0, Value.of("second"));

        assertEquals("second", answers.next().getResponseText(), "the change to 'first' was not notified alone");
        relation.proactiveCancel();
    }

    @Test
    void withGtOnlyACrossingIsNotified() throws Exception {
        CoapObserveRelation relation = observeBatteryLevel("gt=50", 20);

        objects.device.get(0).set(9, Value.of(40L));
        objects.device.get(0).set(9, Value.of(60L));
        assertEquals("60", answers.next().getResponseText(), "20 to 40 stays below gt: no notification");

        objects.device.get(0).set(9, Value.of(70L));
        objects.device.get(0).set(9, Value.of(45L));
        assertEquals("45", answers.next().getResponseText(), "60 to 70 stays above gt: no notification");
        relation.proactiveCancel();
    }

    @Test
    void withStOnlyAStepFromTheLastNotifiedValueIsNotified() throws Exception {
        CoapObserveRelation relation = observeBatteryLevel("st=10", 50);

        objects.device.get(0).set(9, Value.of(55L));
        objects.device.get(0).set(9, Value.of(59L));
        objects.device.get(0).set(9, Value.of(39L));

        assertEquals("39", answers.next().getResponseText(), "55 and 59 are within st of 50");
        relation.proactiveCancel();
    }

    @Test
    void epmaxSamplesAValueReadLiveAndNotifiesItsChange() throws Exception {
        AtomicLong memoryFree = new AtomicLong(1000);
        objects.device.get(0).bind(10, () -> Value.of(memoryFree.get()));
        assertCode(CoAP.ResponseCode.CHANGED, peer.send(Request.newPut(), "/3/0/10?epmax=1"));
        CoapObserveRelation relation = peer.observe("/3/0/10", handler);
        assertEquals("1000", answers.next().getResponseText());

        memoryFree.set(750);

        assertEquals("750", answers.next().getResponseText(), "nobody read it: the epmax sampling found it");
        relation.proactiveCancel();
    }

    @Test
    void withEdgeOnlyTheRisingEdgeOfABooleanIsNotified() throws Exception {
        assertCode(CoAP.ResponseCode.CHANGED, peer.send(Request.newPut(), "/1/0/6?edge=1"));
        CoapObserveRelation relation = peer.observe("/1/0/6", handler);
        assertEquals("0", answers.next().getResponseText());

        objects.server.get(0).set(6, Value.of(true));
        assertEquals("1", answers.next().getResponseText(), "false to true is the rising edge");

        objects.server.get(0).set(6, Value.of(false));
        objects.server.get(0).set(6, Value.of(true));
        CoapResponse next = answers.next();
        assertEquals("1", next.getResponseText(), "true to false was not notified, false to true again was");
        relation.proactiveCancel();
    }

    @Test
    void conMakesNotificationsConfirmableOrNot() throws Exception {
        CoapObserveRelation relation = observeBatteryLevel("con=1", 20);

        objects.device.get(0).set(9, Value.of(30L));
        assertEquals(CoAP.Type.CON, answers.next().advanced().getType());

        assertCode(CoAP.ResponseCode.CHANGED, peer.send(Request.newPut(), "/3/0/9?con=0"));
        objects.device.get(0).set(9, Value.of(40L));
        assertEquals(CoAP.Type.NON, answers.next().advanced().getType());
        relation.proactiveCancel();
    }

    /** Writes {@code attributes} on the Battery Level 3/0/9, sets it to {@code level}, and observes it. */
    private CoapObserveRelation observeBatteryLevel(String attributes, long level) throws InterruptedException {
        assertCode(CoAP.ResponseCode.CHANGED, peer.send(Request.newPut(), "/3/0/9?" + attributes));
        objects.device.get(0).set(9, Value.of(level));
        CoapObserveRelation relation = peer.observe("/3/0/9", handler);
        assertEquals(Long.toString(level), answers.next().getResponseText());
        return relation;
    }
}
