package org.lwm2m.gateway.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.LwM2mIds;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.ResponseCode;
import org.lwm2m.gateway.api.model.ResourceType;
import org.lwm2m.gateway.api.node.InstanceNode;
import org.lwm2m.gateway.api.node.MultipleResource;
import org.lwm2m.gateway.api.node.ObjectNode;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;

class LocalValuesTest {

    private final List<String> executed = new CopyOnWriteArrayList<>();
    private final TestContext context = new TestContext();
    private final LocalValues values = new LocalValues(context, Duration.ofSeconds(1));
    private TestProvider device;

    @BeforeEach
    void setUp() {
        device = RdObjects.device();
        device.get(0).setAll(7, List.of(Value.of(3800L), Value.of(5000L)));
        context.add(device).add(RdObjects.psk("coaps://127.0.0.1:5684", 1, "id", new byte[] {9, 9}));
    }

    private ResponseCode readCode(String path) {
        return assertThrows(LwM2mException.class, () -> values.read(path)).code();
    }

    private static ResponseCode code(String path, Object value, LocalValues values) {
        return assertThrows(LwM2mException.class, () -> values.set(path, value)).code();
    }

    private ResponseCode code(String path) {
        return assertThrows(LwM2mException.class, () -> values.get(path)).code();
    }

    @Test
    void getsSingleValuesAndResourceInstances() throws Exception {
        assertEquals(Value.of("lwm2m-gateway"), values.get("3/0/0"));
        assertEquals(Value.of(80L), values.get("/3/0/9"));
        assertEquals(Value.of(5000L), values.get("3/0/7/1"));
    }

    @Test
    void setsWithConversionToTheResourceType() throws Exception {
        values.set("3/0/9", 42);
        assertEquals(Value.of(42L), values.get("3/0/9"));
        values.set("3/0/9", "43");
        assertEquals(Value.of(43L), values.get("3/0/9"));
        values.set("3/0/13", Instant.ofEpochSecond(1_700_000_000L));
        assertEquals(Value.time(1_700_000_000L), values.get("3/0/13"));
        values.set("3/0/7/2", 4200);
        assertEquals(new MultipleResource(7, ResourceType.INTEGER,
                new TreeMap<>(Map.of(0, Value.of(3800L), 1, Value.of(5000L), 2, Value.of(4200L)))),
                device.get(0).get(7));
    }

    @Test
    void unknownPathsAre404() {
        assertEquals(ResponseCode.NOT_FOUND, code("4/0/0"));
        assertEquals(ResponseCode.NOT_FOUND, code("3/1/0"));
        assertEquals(ResponseCode.NOT_FOUND, code("3/0/999"));
        assertEquals(ResponseCode.NOT_FOUND, code("3/0/1"), "in the model but not in the instance");
        assertEquals(ResponseCode.NOT_FOUND, code("3/0/7/5"));
        assertEquals(ResponseCode.NOT_FOUND, code("3/0/0/0"));
        assertEquals(ResponseCode.NOT_FOUND, code("4/0/0", 1, values));
        assertEquals(ResponseCode.NOT_FOUND, code("3/0/999", 1, values));
        assertEquals(ResponseCode.NOT_FOUND, code("3/0/0/1", "x", values));
    }

    @Test
    void pathsThatAreNotSingleValuesAre400() {
        assertEquals(ResponseCode.BAD_REQUEST, code("3/0"));
        assertEquals(ResponseCode.BAD_REQUEST, code("3/0/7"));
        assertEquals(ResponseCode.BAD_REQUEST, code("3/0/4"), "executable");
        assertEquals(ResponseCode.BAD_REQUEST, code("not/a/path"));
        assertEquals(ResponseCode.BAD_REQUEST, code("3/0/7", 1, values));
    }

    @Test
    void valuesThatDoNotFitAre400AndChangeNothing() throws Exception {
        assertEquals(ResponseCode.BAD_REQUEST, code("3/0/9", "full", values));
        assertEquals(ResponseCode.BAD_REQUEST, code("3/0/9", 1.5, values));
        assertEquals(ResponseCode.BAD_REQUEST, code("3/0/9", null, values));
        assertEquals(ResponseCode.BAD_REQUEST, code("3/0/4", "run", values));
        assertEquals(Value.of(80L), values.get("3/0/9"));
    }

    @Test
    void theSecretKeyIsNotReadable() throws Exception {
        assertEquals(ResponseCode.UNAUTHORIZED, code("0/0/5"));
        assertEquals(Value.of(new byte[] {'i', 'd'}), values.get("0/0/3"));
    }

    @Test
    void readsEveryLevelBelowTheRoot() throws Exception {
        ObjectNode device = (ObjectNode) values.read("3");
        assertEquals(Value.of("lwm2m-gateway"), ((SingleResource) device.instances().get(0).resources().get(0)).value());
        InstanceNode instance = (InstanceNode) values.read("/3/0");
        assertEquals(device.instances().get(0), instance);
        assertEquals(new SingleResource(9, Value.of(80L)), values.read("3/0/9"));
    }

    @Test
    void secretKeysNeverLeaveTheEngine() throws Exception {
        ObjectNode security = (ObjectNode) values.read("0");
        assertFalse(security.instances().get(0).resources().containsKey(LwM2mIds.Security.SECRET_KEY));
        assertTrue(security.instances().containsKey(0));
        InstanceNode instance = (InstanceNode) values.read("0/0");
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
        values.execute("3/0/4", "");
        assertEquals(List.of(LwM2mPath.parse("3/0/4")), context.executed);
        context.callback(LwM2mPath.parse("3/0/4"), (path, arguments) -> executed.add(arguments));
        values.execute("3/0/4", "0='now'");
        assertEquals(List.of("0='now'"), executed);
        assertEquals(ResponseCode.METHOD_NOT_ALLOWED,
                assertThrows(LwM2mException.class, () -> values.execute("3/0/9", "")).code());
        assertEquals(ResponseCode.BAD_REQUEST,
                assertThrows(LwM2mException.class, () -> values.execute("3/0/4", "0=unquoted")).code());
        assertEquals(ResponseCode.NOT_FOUND,
                assertThrows(LwM2mException.class, () -> values.execute("3/0/99", "")).code());
    }
}
