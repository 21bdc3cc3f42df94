package org.lwm2m.gateway.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lwm2m.gateway.api.model.ResourceType;
import org.lwm2m.gateway.api.node.Value;

class RandomValuesTest {

    private static final int DRAWS = 5000;

    private static List<Value> draw(long seed, RandomValues.Range range) {
        RandomValues values = new RandomValues(new Random(seed), range);
        List<Value> drawn = new ArrayList<>();
        for (int i = 0; i < DRAWS; i++) {
            for (ResourceType type : ResourceType.values()) {
                if (type != ResourceType.NONE) {
                    drawn.add(values.next(type));
                }
            }
        }
        return drawn;
    }

    @ParameterizedTest
    @EnumSource(RandomValues.Range.class)
    void theSameSeedGivesTheSameValuesOfTheRequestedTypes(RandomValues.Range range) {
        List<Value> first = draw(1, range);
        assertEquals(first, draw(1, range));
        Set<ResourceType> types = EnumSet.noneOf(ResourceType.class);
        first.forEach(v -> types.add(v.type()));
        assertEquals(EnumSet.complementOf(EnumSet.of(ResourceType.NONE)), types);
    }

    @Test
    void theFullRangeReachesBeyondWhatLeshanCarries() {
        List<Value> values = draw(2, RandomValues.Range.FULL);
        assertTrue(values.stream().anyMatch(v -> v instanceof Value.Unsigned u && u.bits() < 0));
        assertTrue(values.stream().anyMatch(v -> v instanceof Value.Time t
                && Math.abs(t.epochSeconds()) > Long.MAX_VALUE / 1000));
    }

    @Test
    void leshanTlvValuesKeepTimesInThirtyTwoBitsAndUnsignedBelowTwoToThe63() {
        for (Value v : draw(3, RandomValues.Range.LESHAN_TLV)) {
            if (v instanceof Value.Time t) {
                assertEquals((int) t.epochSeconds(), t.epochSeconds(), v.toString());
            } else if (v instanceof Value.Unsigned u) {
                assertTrue(u.bits() >= 0, v.toString());
            }
        }
    }

    @Test
    void leshanDateTimesFitInDateMilliseconds() {
        for (Value v : draw(4, RandomValues.Range.LESHAN_DATE)) {
            if (v instanceof Value.Time t) {
                assertEquals(t.epochSeconds(), Math.multiplyExact(t.epochSeconds(), 1000) / 1000, v.toString());
            }
        }
    }

    @Test
    void floatsAreFiniteAndStringsAreUnicode() throws CharacterCodingException {
        for (Value v : draw(5, RandomValues.Range.FULL)) {
            if (v instanceof Value.Float f) {
                assertTrue(Double.isFinite(f.value()), v.toString());
            } else if (v instanceof Value.Str s) {
                StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(s.value()));
            }
        }
    }

    @Test
    void executableResourcesHoldNoValue() {
        RandomValues values = new RandomValues(new Random(6), RandomValues.Range.FULL);
        assertThrows(IllegalArgumentException.class, () -> values.next(ResourceType.NONE));
    }
}
