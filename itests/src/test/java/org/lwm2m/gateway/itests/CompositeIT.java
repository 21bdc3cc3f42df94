package org.lwm2m.gateway.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.eclipse.leshan.core.ResponseCode;
import org.eclipse.leshan.core.node.LwM2mNode;
import org.eclipse.leshan.core.node.LwM2mObjectInstance;
import org.eclipse.leshan.core.node.LwM2mPath;
import org.eclipse.leshan.core.node.LwM2mRoot;
import org.eclipse.leshan.core.node.LwM2mSingleResource;
import org.eclipse.leshan.core.request.CancelCompositeObservationRequest;
import org.eclipse.leshan.core.request.ContentFormat;
import org.eclipse.leshan.core.request.ObserveCompositeRequest;
import org.eclipse.leshan.core.request.ReadCompositeRequest;
import org.eclipse.leshan.core.request.WriteCompositeRequest;
import org.eclipse.leshan.core.request.WriteRequest;
import org.eclipse.leshan.core.response.ObserveCompositeResponse;
import org.eclipse.leshan.core.response.ReadCompositeResponse;
import org.eclipse.leshan.core.response.WriteCompositeResponse;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.client.LwM2mClient;
import org.lwm2m.gateway.testing.LeshanTestServer.CompositeNotification;
import org.lwm2m.gateway.testing.LeshanTestServer.Sent;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * A Leshan server drives the composite operations (Read-Composite with FETCH, Write-Composite with iPATCH) in SenML
 * JSON and SenML CBOR, and decodes every answer with its own codecs.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CompositeIT extends WithRegisteredGateway {

    private static final String ENDPOINT = "it-composite";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final List<ContentFormat> SENML = List.of(ContentFormat.SENML_JSON, ContentFormat.SENML_CBOR);

    public CompositeIT() {
        super(ENDPOINT);
    }

    @Test
    public void readCompositeOfSeveralObjectsInBothSenmlFormats() throws Exception {
        LwM2mClient client = harness().client(ENDPOINT);
        for (ContentFormat format : SENML) {
            ReadCompositeResponse response = send(new ReadCompositeRequest(format, format, "/3/0/0", "/3/0/9",
                    "/1/0"));
            assertEquals(format + ": " + response, ResponseCode.CONTENT, response.getCode());
            assertEquals(client.get("3/0/0").toJava(),
                    ((LwM2mSingleResource) response.getContent("/3/0/0")).getValue());
            assertEquals(client.get("3/0/9").toJava(),
                    ((LwM2mSingleResource) response.getContent("/3/0/9")).getValue());
            LwM2mObjectInstance server = (LwM2mObjectInstance) response.getContent("/1/0");
            assertEquals(client.get("1/0/1").toJava(), server.getResource(1).getValue());
        }
    }

    @Test
    public void readCompositeLeavesOutWhatIsNotThereAndTheRootHoldsEveryObjectButSecurity() throws Exception {
        ReadCompositeResponse partial = send(new ReadCompositeRequest(ContentFormat.SENML_CBOR,
                ContentFormat.SENML_CBOR, "/3/0/0", "/3/7/0", "/3303/7/5700"));
        assertEquals(partial.toString(), ResponseCode.CONTENT, partial.getCode());
        assertNotNull(partial.getContent("/3/0/0"));
        assertNull(partial.getContent("/3/7/0"));
        assertNull(partial.getContent("/3303/7/5700"));

        ReadCompositeResponse everything = send(new ReadCompositeRequest(ContentFormat.SENML_JSON,
                ContentFormat.SENML_CBOR, "/"));
        assertEquals(everything.toString(), ResponseCode.CONTENT, everything.getCode());
        LwM2mRoot root = (LwM2mRoot) everything.getContent("/");
        assertTrue(root.toString(), root.getObjects().containsKey(1) && root.getObjects().containsKey(3));
        assertFalse("a management server never reads the Security object", root.getObjects().containsKey(0));
    }

    @Test
    public void writeCompositeChangesSeveralObjectsAtOnce() throws Exception {
        LwM2mClient client = harness().client(ENDPOINT);
        for (ContentFormat format : SENML) {
            String zone = format == ContentFormat.SENML_JSON ? "Europe/Athens" : "Asia/Seoul";
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("/3/0/15", zone);
            values.put("/1/0/2", 7L);
            values.put("/1/0/3", 70L);
            WriteCompositeResponse response = send(new WriteCompositeRequest(format, values));
            assertEquals(format + ": " + response, ResponseCode.CHANGED, response.getCode());
            assertEquals(zone, client.get("3/0/15").toJava());
            assertEquals(7L, client.get("1/0/2").toJava());
            assertEquals(70L, client.get("1/0/3").toJava());
        }
    }

    @Test
    public void refusedCompositeRequestsChangeNothing() throws Exception {
        LwM2mClient client = harness().client(ENDPOINT);
        Object zone = client.get("3/0/15").toJava();

        Map<String, Object> readOnly = new LinkedHashMap<>();
        readOnly.put("/3/0/15", "Africa/Lagos");
        readOnly.put("/3/0/0", "someone");
        assertEquals(ResponseCode.METHOD_NOT_ALLOWED,
                send(new WriteCompositeRequest(ContentFormat.SENML_CBOR, readOnly)).getCode());
        Map<String, Object> missing = new LinkedHashMap<>();
        missing.put("/3/0/15", "Africa/Lagos");
        missing.put("/3/9/15", "Africa/Lagos");
        assertEquals(ResponseCode.NOT_FOUND,
                send(new WriteCompositeRequest(ContentFormat.SENML_JSON, missing)).getCode());
        assertEquals(zone, client.get("3/0/15").toJava());

        assertEquals(ResponseCode.UNAUTHORIZED, send(new ReadCompositeRequest(ContentFormat.SENML_CBOR,
                ContentFormat.SENML_CBOR, "/3/0/0", "/0/0")).getCode());
        assertEquals(ResponseCode.NOT_ACCEPTABLE, send(new ReadCompositeRequest(ContentFormat.SENML_CBOR,
                ContentFormat.TLV, "/3/0/0")).getCode());
    }

    @Test
    public void observeCompositeNotifiesAChangeOfAnyOfItsPathsUntilCancelled() throws Exception {
        LwM2mClient client = harness().client(ENDPOINT);
        ObserveCompositeResponse observed = send(new ObserveCompositeRequest(ContentFormat.SENML_CBOR,
                ContentFormat.SENML_CBOR, "/3/0/15", "/1/0/1"));
        assertEquals(observed.toString(), ResponseCode.CONTENT, observed.getCode());
        assertNotNull(observed.getObservation());

        client.set("3/0/15", "Pacific/Fiji");
        CompositeNotification notification = harness().leshan().compositeNotifications().poll(
                n -> n.registration().getEndpoint().equals(ENDPOINT) && "Pacific/Fiji".equals(
                        ((LwM2mSingleResource) n.response().getContent("/3/0/15")).getValue()),
                WAIT).orElseThrow(
                        () -> new AssertionError("no composite notification of /3/0/15"));
        assertNotNull("the notification carries every observed path", notification.response().getContent("/1/0/1"));

        assertEquals(ResponseCode.CONTENT,
                send(new CancelCompositeObservationRequest(observed.getObservation())).getCode());
    }

    @Test
    public void sendReachesTheServerTimestampedAndMuteSendSilencesIt() throws Exception {
        LwM2mClient client = harness().client(ENDPOINT);
        Instant before = Instant.now().minusSeconds(1);
        client.send("/3/0/0", "/3/0/9", "/3/7").toCompletableFuture().get(30, TimeUnit.SECONDS);
        Sent sent = harness().leshan().sends().poll(s -> s.registration().getEndpoint().equals(ENDPOINT),
                WAIT).orElseThrow(() -> new AssertionError("no Send arrived"));
        Instant at = sent.data().getTimestamps().iterator().next();
        assertTrue("timestamp " + at, !at.isBefore(before) && !at.isAfter(Instant.now().plusSeconds(1)));
        Map<LwM2mPath, LwM2mNode> nodes = sent.data().getNodesAt(at);
        assertEquals(client.get("3/0/0").toJava(),
                ((LwM2mSingleResource) nodes.get(new LwM2mPath("/3/0/0"))).getValue());
        assertTrue(nodes.toString(), nodes.containsKey(new LwM2mPath("/3/0/9")));

        assertEquals(ResponseCode.CHANGED, send(new WriteRequest(1, 0, 23, true)).getCode());
        ExecutionException muted = assertThrows(ExecutionException.class,
                () -> client.send("/3/0/0").toCompletableFuture().get(30, TimeUnit.SECONDS));
        assertEquals(muted.toString(), org.lwm2m.gateway.api.ResponseCode.SERVICE_UNAVAILABLE,
                ((LwM2mException) muted.getCause()).code());
        assertEquals(ResponseCode.CHANGED, send(new WriteRequest(1, 0, 23, false)).getCode());
    }
}
