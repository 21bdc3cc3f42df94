package org.lwm2m.gateway.engine;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.ResponseCode;

class ExecuteArgumentsTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "9", "0,1", "0='abc'", "0='',1='x',2", "5='!#$%&()*+-./:;<=>?@[]^_`{|}~'",
            "3='https://example.org/fw.bin'"})
    void acceptsTheLwM2mSyntax(String arguments) {
        assertDoesNotThrow(() -> ExecuteArguments.validate(arguments));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "10", "0=", "0=abc", "0='abc", "0='a'b", "0,", ",0", "0,,1", "0 ,1", "0='a b'",
            "0='a\"b'", "0='a\\b'", "0='it''s'", "0='é'", "0;1", " 0"})
    void refusesAnythingElseWith400(String arguments) {
        LwM2mException e = assertThrows(LwM2mException.class, () -> ExecuteArguments.validate(arguments));
        assertEquals(ResponseCode.BAD_REQUEST, e.code());
    }
}
