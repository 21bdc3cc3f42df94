package org.lwm2m.gateway.api.object;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lwm2m.gateway.api.LwM2mPath;

class RequesterTest {

    @Test
    void aManagementServerIsNamedByItsShortServerId() {
        Requester server = Requester.server(17);
        assertTrue(server.isManagementServer());
        assertEquals(17, server.shortServerId());
        assertEquals(Requester.server(17), server);
        assertEquals("server 17", server.toString());
    }

    @Test
    void theSystemAndTheBootstrapServerHaveNoShortServerId() {
        assertFalse(Requester.SYSTEM.isManagementServer());
        assertFalse(Requester.BOOTSTRAP_SERVER.isManagementServer());
        assertEquals(LwM2mPath.NONE, Requester.BOOTSTRAP_SERVER.shortServerId());
        assertEquals("bootstrap server", Requester.BOOTSTRAP_SERVER.toString());
        assertThrows(IllegalArgumentException.class, () -> new Requester(Requester.Kind.SYSTEM, 3));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 65535, 70000})
    void shortServerIdsOutsideTheirRangeAreRefused(int shortServerId) {
        assertThrows(IllegalArgumentException.class, () -> Requester.server(shortServerId));
    }
}
