package org.lwm2m.gateway.engine;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.model.ResourceType;
import org.lwm2m.gateway.api.node.MultipleResource;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.api.object.ValueInstance;
import org.lwm2m.gateway.api.object.WriteMode;
import org.lwm2m.gateway.testing.TestDdf;

/**
 * The objects the dispatcher tests run against, built from test-support's OMA DDFs with known values: Security
 * (0, secrets), Server (1), Access Control (2, server-managed, version 1.0), Device (3, version 1.2), Location (6)
 * and BinaryAppDataContainer (19).
 */
final class TestObjects {

    static final ObjectModel SECURITY = TestDdf.SECURITY_1_1.model();
    static final ObjectModel SERVER = TestDdf.SERVER_1_1.model();
    static final ObjectModel ACCESS_CONTROL_1_0 = TestDdf.ACCESS_CONTROL_1_0.model();
    static final ObjectModel DEVICE = TestDdf.DEVICE_1_2.model();
    static final ObjectModel LOCATION = TestDdf.LOCATION_1_0.model();
    static final ObjectModel APP_DATA = TestDdf.BINARY_APP_DATA_1_0.model();

    static final String SECRET = "top-secret-psk";
    static final long CURRENT_TIME = 1_700_000_000L;
    static final byte[] VELOCITY = {1, 2, 3, (byte) 0xff};

    final TestProvider security = new TestProvider(SECURITY);
    final TestProvider server = new TestProvider(SERVER);
    final TestProvider acl = new TestProvider(ACCESS_CONTROL_1_0, true);
    final TestProvider device = new TestProvider(DEVICE);
    final TestProvider location = new TestProvider(LOCATION);
    final TestProvider appData = new TestProvider(APP_DATA);

    /** The arguments of every Reboot (/3/0/4) the provider ran. */
    final List<String> reboots = new CopyOnWriteArrayList<>();

    TestObjects() {
        security.add(0)
                .set(0, Value.of("coaps://lwm2m.example.org:5684"))
                .set(1, Value.of(false))
                .set(2, Value.of(0L))
                .set(3, Value.of("identity".getBytes(StandardCharsets.UTF_8)))
                .set(5, Value.of(SECRET.getBytes(StandardCharsets.UTF_8)))
                .set(10, Value.of(123L));
        server.add(0)
                .set(0, Value.of(123L))
                .set(1, Value.of(300L))
                .set(6, Value.of(false))
                .set(7, Value.of("U"))
                .set(13, Value.unsigned(5))
                .onExecute(8, args -> { })
                .onWrite(1, lifetime -> {
                    if (lifetime instanceof SingleResource single && single.value() instanceof Value.Int i
                            && i.value() <= 0) {
                        throw LwM2mException.badRequest("lifetime must be positive");
                    }
                });
        ValueInstance acl0 = acl.add(0)
                .set(0, Value.of(3L))
                .set(1, Value.of(0L))
                .set(3, Value.of(101L));
        acl0.write(new MultipleResource(2, ResourceType.INTEGER, new TreeMap<>(Map.of(101, Value.of(15L)))),
                WriteMode.REPLACE);
        device.add(0)
                .set(0, Value.of("Open Mobile Alliance"))
                .set(1, Value.of("Lightweight M2M Client"))
                .set(2, Value.of("345000123"))
                .set(3, Value.of("1.0"))
                .onExecute(4, reboots::add)
                .setAll(6, List.of(Value.of(1L), Value.of(5L)))
                .set(9, Value.of(87L))
                .setAll(11, List.of(Value.of(0L)))
                .set(13, Value.time(CURRENT_TIME))
                .set(14, Value.of("+01"))
                .set(15, Value.of("Europe/Berlin"))
                .set(16, Value.of("U"));
        location.add(0)
                .set(0, Value.of(48.8584))
                .set(1, Value.of(2.2945))
                .set(4, Value.of(VELOCITY))
                .set(5, Value.time(CURRENT_TIME));
        appData.add(0)
                .setAll(0, List.of(Value.of(new byte[] {0x0a}), Value.of(new byte[] {0x0b, 0x0c})))
                .set(3, Value.of("samples"));
    }

    /** A client context with every object of this set and no codecs yet. */
    TestContext context() {
        return new TestContext().add(security).add(server).add(acl).add(device).add(location).add(appData);
    }
}
