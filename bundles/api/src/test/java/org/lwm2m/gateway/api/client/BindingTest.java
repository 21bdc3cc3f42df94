package org.lwm2m.gateway.api.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BindingTest {

    @ParameterizedTest
    @ValueSource(strings = {"U", "UQ", "S", "SQ", "US", "UQS", "T", "N", "M", "H", "UTSN", "QU"})
    void acceptsBindingsOfLwM2m11(String letters) {
        assertEquals(letters, new Binding(letters).letters());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''    | binding is empty",
        "Q     | names no transport",
        "UU    | repeats 'U'",
        "u     | has 'u'",
        "UX    | has 'X'",
        "'U '  | has ' '",
    })
    void refusesAnythingElse(String letters, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Binding(letters));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
