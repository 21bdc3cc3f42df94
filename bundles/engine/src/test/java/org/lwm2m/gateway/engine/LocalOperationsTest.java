package org.lwm2m.gateway.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.LwM2mIds;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.ResponseCode;
import org.lwm2m.gateway.api.node.InstanceNode;
import org.lwm2m.gateway.api.node.ObjectNode;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;

class LocalOperationsTest {

    private final List<String> executed = new CopyOnWriteArrayList<>();
    private final TestContext context = new TestContext().add(RdObjects.device())
            .add(RdObjects.psk("coaps://127.0.0.1:5684", 1, "gateway-id", new byte[] {1, 2, 3}));
    private final LocalOperations operations = new LocalOperations(context, Duration.ofSeconds(2));

    private ResponseCode readCode(String path) {
        return assertThrows(LwM2mException.class, () -> operations.read(path)).code();
    }

    @Test
    void readsEveryLevelBelowTheRoot() throws Exception {
        ObjectNode device = (ObjectNode) operations.read("3");
        assertEquals(Value.of("lwm2m-gateway"), ((SingleResource) device.instances().get(0).resources().get(0)).value());
        InstanceNode instance = (InstanceNode) operations.read("/3/0");
        assertEquals(device.instances().get(0), instance);
        assertEquals(new SingleResource(9, Value.of(80L)), operations.read("3/0/9"));
    }

    @Test
    void secretKeysNeverLeaveTheEngine() throws Exception {
        ObjectNode security = (ObjectNode) operations.read("0");
        assertFalse(security.instances().get(0).resources().containsKey(LwM2mIds.Security.SECRET_KEY));
        assertTrue(security.instances().containsKey(0));
        InstanceNode instance = (InstanceNode) operations.read("0/0");
        assertFalse(instance.resources().containsKey(LwM2mIds.Security.SECRET_KEY));
        assertEquals(ResponseCode.UNAUTHORIZED, readCode("0/0/5"));
    }

    @Test
    void badAndUnknownPathsAreRefused() {
        assertEquals(ResponseCode.BAD_REQUEST, readCode("/"));
        assertEquals(ResponseCode.BAD_REQUEST, readCode("3/x"));
        assertEquals(ResponseCode.BAD_REQUEST, readCode(null));
        assertEquals(ResponseCode.NOT_FOUND, readCode("4"));
        assertEquals(ResponseCode.NOT_FOUND, readCode("3/1"));
        assertEquals(ResponseCode.NOT_FOUND, readCode("3/0/999"));
    }

    @Test
    void executesThroughAClaimOrTheObjectAndChecksTheResource() throws Exception {
        operations.execute("3/0/4", "");
        assertEquals(List.of(LwM2mPath.parse("3/0/4")), context.executed);
        context.callback(LwM2mPath.parse("3/0/4"), (path, arguments) -> executed.add(arguments));
        operations.execute("3/0/4", "0='now'");
        assertEquals(List.of("0='now'"), executed);
        assertEquals(ResponseCode.METHOD_NOT_ALLOWED,
                assertThrows(LwM2mException.class, () -> operations.execute("3/0/9", "")).code());
        assertEquals(ResponseCode.BAD_REQUEST,
                assertThrows(LwM2mException.class, () -> operations.execute("3/0/4", "0=unquoted")).code());
        assertEquals(ResponseCode.NOT_FOUND,
                assertThrows(LwM2mException.class, () -> operations.execute("3/0/99", "")).code());
    }
}
