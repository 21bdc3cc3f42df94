package org.lwm2m.gateway.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import org.eclipse.californium.elements.config.Configuration;
import org.eclipse.californium.scandium.config.DtlsConfig;
import org.junit.jupiter.api.Test;

class ClientEndpointFactoryTest {

    /** How long the client waits for a handshake flight's answer, over the first send and every retransmission. */
    private static long handshakeGiveUpMillis(Configuration configuration) {
        long wait = configuration.get(DtlsConfig.DTLS_RETRANSMISSION_TIMEOUT, TimeUnit.MILLISECONDS);
        float scale = configuration.get(DtlsConfig.DTLS_RETRANSMISSION_TIMEOUT_SCALE);
        long total = 0;
        for (int send = 0; send <= configuration.get(DtlsConfig.DTLS_MAX_RETRANSMISSIONS); send++) {
            total += wait;
            wait = (long) (wait * scale);
        }
        return total;
    }

    @Test
    void failedHandshakeIsGivenUpWithinTwentySecondsAfterThreeRetransmissions() {
        Configuration configuration = new ClientEndpointFactory(null).configuration();

        long giveUp = handshakeGiveUpMillis(configuration);

        assertTrue(giveUp >= 10_000 && giveUp <= 20_000, giveUp + " ms");
        assertTrue(configuration.get(DtlsConfig.DTLS_MAX_RETRANSMISSIONS) >= 3, "a lossy link needs retransmissions");
    }

    @Test
    void tuningAdjustsTheConfiguration() {
        Configuration configuration = new ClientEndpointFactory(null,
                c -> c.set(DtlsConfig.DTLS_MAX_RETRANSMISSIONS, 1)).configuration();

        assertTrue(handshakeGiveUpMillis(configuration) < 5_000);
    }
}
