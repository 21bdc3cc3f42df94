package org.lwm2m.gateway.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.ResponseCode;
import org.lwm2m.gateway.api.model.ResourceType;
import org.lwm2m.gateway.api.node.MultipleResource;
import org.lwm2m.gateway.api.node.Value;

class LocalValuesTest {

    private final ClientObjects objects = new ClientObjects("me");
    private final LocalValues values = new LocalValues(objects, Duration.ofSeconds(1));
    private TestProvider device;

    @BeforeEach
    void setUp() {
        device = RdObjects.device();
        device.get(0).setAll(7, List.of(Value.of(3800L), Value.of(5000L)));
        objects.add(device, Map.of());
        objects.add(RdObjects.psk("coaps://127.0.0.1:5684", 1, "id", new byte[] {9, 9}), Map.of());
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
}
