package org.lwm2m.gateway.webconsole;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.model.ResourceType;
import org.lwm2m.gateway.api.node.InstanceNode;
import org.lwm2m.gateway.api.node.MultipleResource;
import org.lwm2m.gateway.api.node.ObjectLink;
import org.lwm2m.gateway.api.node.ObjectNode;
import org.lwm2m.gateway.api.node.ResourceInstance;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;

class NodeJsonTest {

    @Test
    void valuesAreWhatAScriptReadsWithoutLwM2mCodecs() {
        assertEquals(new BigInteger("18446744073709551615"), NodeJson.value(Value.unsigned(-1L)));
        assertEquals("00ff10", NodeJson.value(Value.of(new byte[] {0, (byte) 0xff, 0x10})));
        assertEquals(1_700_000_000L, NodeJson.value(Value.time(1_700_000_000L)));
        assertEquals("3:0", NodeJson.value(Value.of(new ObjectLink(3, 0))));
        assertEquals(-5L, NodeJson.value(Value.of(-5L)));
        assertEquals(2.5, NodeJson.value(Value.of(2.5)));
        assertEquals(true, NodeJson.value(Value.of(true)));
        assertEquals("text", NodeJson.value(Value.of("text")));
    }

    @Test
    void everyLevelKeepsItsIdsAndOrder() {
        MultipleResource multiple = new MultipleResource(7, ResourceType.INTEGER,
                new TreeMap<>(Map.of(1, Value.of(5L), 0, Value.of(4L))));
        InstanceNode instance = InstanceNode.of(0, List.of(new SingleResource(0, Value.of("x")), multiple));
        assertEquals(Map.of("id", 3, "instances", List.of(Map.of("id", 0, "resources", List.of(
                Map.of("id", 0, "value", "x"), Map.of("id", 7, "values", Map.of("0", 4L, "1", 5L)))))),
                NodeJson.node(ObjectNode.of(3, List.of(instance))));
        assertEquals(List.of("0", "1"), List.copyOf(((Map<?, ?>) NodeJson.node(multiple).get("values")).keySet()));
        assertEquals(Map.of("id", 1, "value", 5L), NodeJson.node(new ResourceInstance(1, Value.of(5L))));
    }
}
