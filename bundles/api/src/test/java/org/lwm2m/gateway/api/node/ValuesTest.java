package org.lwm2m.gateway.api.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.model.ResourceType;

class ValuesTest {

    @Test
    void convertsExactly() {
        assertEquals(Value.of(42L), Values.convert(ResourceType.INTEGER, 42));
        assertEquals(Value.of(42L), Values.convert(ResourceType.INTEGER, "42"));
        assertEquals(Value.unsigned(-1L), Values.convert(ResourceType.UNSIGNED_INTEGER, "18446744073709551615"));
        assertEquals(Value.of(1.5), Values.convert(ResourceType.FLOAT, 1.5f));
        assertEquals(Value.of(true), Values.convert(ResourceType.BOOLEAN, "true"));
        assertEquals(Value.time(1700000000L), Values.convert(ResourceType.TIME, Instant.ofEpochSecond(1700000000L)));
        assertEquals(Value.of(new ObjectLink(3, 0)), Values.convert(ResourceType.OBJLNK, "3:0"));
        assertEquals(Value.of("x"), Values.convert(ResourceType.STRING, Value.of("x")));
    }

    @Test
    void refusesWhatDoesNotFit() {
        assertThrows(IllegalArgumentException.class, () -> Values.convert(ResourceType.INTEGER, 1.5));
        assertThrows(IllegalArgumentException.class, () -> Values.convert(ResourceType.INTEGER, "12a"));
        assertThrows(IllegalArgumentException.class,
                () -> Values.convert(ResourceType.INTEGER, new BigInteger("9223372036854775808")));
        assertThrows(IllegalArgumentException.class, () -> Values.convert(ResourceType.UNSIGNED_INTEGER, -1));
        assertThrows(IllegalArgumentException.class, () -> Values.convert(ResourceType.BOOLEAN, "yes"));
        assertThrows(IllegalArgumentException.class, () -> Values.convert(ResourceType.OPAQUE, "abc"));
        assertThrows(IllegalArgumentException.class, () -> Values.convert(ResourceType.STRING, Value.of(1L)));
        assertThrows(IllegalArgumentException.class, () -> Values.convert(ResourceType.NONE, "x"));
        assertThrows(IllegalArgumentException.class, () -> Values.convert(ResourceType.STRING, null));
        assertThrows(IllegalArgumentException.class, () -> ObjectLink.parse("3:"));
        assertThrows(IllegalArgumentException.class, () -> new ObjectLink(65536, 0));
    }

    @Test
    void opaqueValuesAreImmutableAndCompareByContent() {
        byte[] bytes = {1, 2, 3};
        Value.Opaque v = new Value.Opaque(bytes);
        bytes[0] = 9;
        assertEquals(new Value.Opaque(new byte[] {1, 2, 3}), v);
        v.value()[1] = 9;
        assertEquals(new Value.Opaque(new byte[] {1, 2, 3}), v);
        assertNotEquals(new Value.Opaque(new byte[] {1, 2}), v);
    }

    @Test
    void multipleResourcesHoldOneType() {
        Map<Integer, Value> mixed = new TreeMap<>(Map.of(0, Value.of(1L), 1, Value.of("x")));
        assertThrows(IllegalArgumentException.class,
                () -> new MultipleResource(7, ResourceType.INTEGER, new TreeMap<>(mixed)));
    }
}
