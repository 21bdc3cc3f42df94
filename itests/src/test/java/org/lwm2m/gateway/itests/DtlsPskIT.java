package org.lwm2m.gateway.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.HexFormat;

import org.eclipse.leshan.core.ResponseCode;
import org.eclipse.leshan.core.peer.IpPeer;
import org.eclipse.leshan.core.peer.PskIdentity;
import org.eclipse.leshan.core.request.ContentFormat;
import org.eclipse.leshan.core.request.ReadRequest;
import org.eclipse.leshan.core.response.ReadResponse;
import org.eclipse.leshan.server.registration.Registration;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.lwm2m.gateway.api.client.ClientEvent;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** Registration over DTLS with a pre-shared key, and what happens with a wrong key. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DtlsPskIT extends WithGatewayHarness {

    private static final String ENDPOINT = "it-psk";
    private static final String IDENTITY = "it-psk-identity";
    private static final String KEY_HEX = "73656372657450534b4b6579466f7249";
    private static final String WRONG_KEY_HEX = "00112233445566778899aabbccddeeff";
    /**
     * A DTLS server silently drops records it cannot decrypt, so a client with a wrong key only learns of it
     * when its handshake times out: about 15 s with the engine's handshake retransmissions (1 s doubling, 3
     * times); twice that, for a slow machine.
     */
    private static final Duration HANDSHAKE_FAILURE_TIMEOUT = Duration.ofSeconds(30);

    @Before
    public void addPsk() {
        harness().leshan().addPsk(ENDPOINT, IDENTITY, HexFormat.of().parseHex(KEY_HEX));
    }

    @Test
    public void registersOverDtlsWithTheRightKey() throws Exception {
        harness().configure(harness().pskClient(ENDPOINT, IDENTITY, KEY_HEX));

        Registration registration = harness().awaitRegistered(ENDPOINT);

        IpPeer peer = (IpPeer) registration.getClientTransportData();
        assertTrue("registered over an insecure channel: " + peer, peer.isPSK());
        assertEquals(IDENTITY, ((PskIdentity) peer.getIdentity()).getPskIdentity());
        assertEquals("coaps", registration.getLastEndpointUsed().getScheme());
        ReadResponse read = harness().leshan().send(registration, new ReadRequest(ContentFormat.TEXT, 3, 0, 0));
        assertEquals("read over DTLS: " + read, ResponseCode.CONTENT, read.getCode());
    }

    @Test
    public void wrongKeyDoesNotRegisterAndReportsFailure() throws Exception {
        harness().configure(harness().pskClient(ENDPOINT, IDENTITY, WRONG_KEY_HEX));

        harness().clientEvents().await(
                e -> e.endpoint().equals(ENDPOINT) && e.event() == ClientEvent.REGISTRATION_FAILURE,
                HANDSHAKE_FAILURE_TIMEOUT);

        assertNull("registered with a wrong key", harness().leshan().registration(ENDPOINT));
        assertFalse("registered with a wrong key", harness().leshan().registrations().all().stream()
                .anyMatch(r -> r.getEndpoint().equals(ENDPOINT)));
        assertFalse("a wrong key must never complete a registration", harness().clientEvents().anyAfter(0,
                e -> e.endpoint().equals(ENDPOINT) && e.event() == ClientEvent.REGISTRATION_COMPLETE));
    }
}
