package org.lwm2m.gateway.object.connectivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.driver.ConnectivityInfo;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.testing.ProviderCalls;

/** Connectivity Monitoring follows its driver: what it tells, read live, and no instance without one. */
class ConnectivityMonitoringObjectTest {

    /** A host on a WLAN, which also has Ethernet, whose address and signal the test changes. */
    private static final class Host implements ConnectivityInfo {
        String address = "192.168.1.20";
        int signal = -61;

        @Override
        public int networkBearer() {
            return BEARER_WLAN;
        }

        @Override
        public List<Integer> availableBearers() {
            return List.of(BEARER_WLAN, BEARER_ETHERNET);
        }

        @Override
        public OptionalInt signalStrength() {
            return OptionalInt.of(signal);
        }

        @Override
        public OptionalInt linkQuality() {
            return OptionalInt.of(70);
        }

        @Override
        public List<String> ipAddresses() {
            return List.of(address);
        }

        @Override
        public List<String> routerAddresses() {
            return List.of("192.168.1.1");
        }
    }

    private final ConnectivityMonitoringObject object = new ConnectivityMonitoringObject();

    @Test
    void instanceZeroTellsWhatTheDriverTellsNow() {
        Host host = new Host();
        object.bindConnectivityInfo(host);

        assertEquals(Value.of(21L), ProviderCalls.read(object, 0, 0));
        assertEquals(Map.of(0, Value.of(21L), 1, Value.of(41L)), ProviderCalls.readMultiple(object, 0, 1));
        assertEquals(Value.of(-61L), ProviderCalls.read(object, 0, 2));
        assertEquals(Value.of(70L), ProviderCalls.read(object, 0, 3));
        assertEquals(Map.of(0, Value.of("192.168.1.1")), ProviderCalls.readMultiple(object, 0, 5));
        host.address = "10.0.0.7";
        host.signal = -70;
        assertEquals(Map.of(0, Value.of("10.0.0.7")), ProviderCalls.readMultiple(object, 0, 4));
        assertEquals(Value.of(-70L), ProviderCalls.read(object, 0, 2));
    }

    @Test
    void withoutADriverThereIsNoInstance() {
        assertTrue(object.instanceIds().isEmpty());
        Host host = new Host();
        object.bindConnectivityInfo(host);
        assertFalse(object.instanceIds().isEmpty());
        object.unbindConnectivityInfo(new Host());
        assertFalse(object.instanceIds().isEmpty(), "another driver going takes nothing");
        object.unbindConnectivityInfo(host);
        assertTrue(object.instanceIds().isEmpty());
    }
}
