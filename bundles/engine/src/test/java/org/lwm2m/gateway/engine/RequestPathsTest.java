package org.lwm2m.gateway.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.ResponseCode;

class RequestPathsTest {

    @Test
    void parsesEveryLevel() throws LwM2mException {
        assertEquals(LwM2mPath.ROOT, RequestPaths.parse(List.of()));
        assertEquals(LwM2mPath.of(3), RequestPaths.parse(List.of("3")));
        assertEquals(LwM2mPath.of(3, 0), RequestPaths.parse(List.of("3", "0")));
        assertEquals(LwM2mPath.of(3, 0, 14), RequestPaths.parse(List.of("3", "0", "14")));
        assertEquals(LwM2mPath.of(3, 0, 6, 65534), RequestPaths.parse(List.of("3", "0", "6", "65534")));
    }

    @Test
    void namesThatAreNotNumbersAreNotFound() {
        for (List<String> segments : List.of(List.of("rd"), List.of(".well-known", "core"), List.of("3", "x"),
                List.of("3", ""), List.of("-1"), List.of("3", "0", "1", "2", "3"))) {
            LwM2mException e = assertThrows(LwM2mException.class, () -> RequestPaths.parse(segments));
            assertEquals(ResponseCode.NOT_FOUND, e.code(), segments.toString());
        }
    }

    @Test
    void numbersOutOfRangeAreBadRequests() {
        for (List<String> segments : List.of(List.of("65535"), List.of("3", "70000"), List.of("99999999999999"))) {
            LwM2mException e = assertThrows(LwM2mException.class, () -> RequestPaths.parse(segments));
            assertEquals(ResponseCode.BAD_REQUEST, e.code(), segments.toString());
        }
    }
}
