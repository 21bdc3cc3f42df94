package org.lwm2m.gateway.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LwM2mPathTest {

    @Test
    void parsesEveryLevelWithOrWithoutLeadingSlash() {
        assertEquals(LwM2mPath.ROOT, LwM2mPath.parse("/"));
        assertEquals(LwM2mPath.ROOT, LwM2mPath.parse(""));
        assertEquals(LwM2mPath.of(3), LwM2mPath.parse("3"));
        assertEquals(LwM2mPath.of(3, 0), LwM2mPath.parse("/3/0"));
        assertEquals(LwM2mPath.of(3, 0, 14), LwM2mPath.parse("3/0/14"));
        assertEquals(LwM2mPath.of(3, 0, 7, 1), LwM2mPath.parse("/3/0/7/1"));
    }

    @Test
    void theParentIsOneLevelUp() {
        assertEquals(LwM2mPath.of(3, 0, 7), LwM2mPath.of(3, 0, 7, 1).parent());
        assertEquals(LwM2mPath.of(3), LwM2mPath.of(3, 0).parent());
        assertEquals(LwM2mPath.ROOT, LwM2mPath.of(3).parent());
        assertThrows(IllegalStateException.class, LwM2mPath.ROOT::parent);
    }

    @Test
    void printsCanonicalForm() {
        assertEquals("/", LwM2mPath.ROOT.toString());
        assertEquals("/3/0/14", LwM2mPath.parse("3/0/14").toString());
        assertEquals("/65534/1", LwM2mPath.of(65534, 1).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"3/", "//3", "3//0", "a", "3/x", "-1", "3/0/1/2/3", "65535", "3/0/999999", " 3", "3/+1"})
    void refusesWhatIsNotAPath(String text) {
        assertThrows(IllegalArgumentException.class, () -> LwM2mPath.parse(text));
    }

    @Test
    void refusesALevelBelowAnAbsentOne() {
        assertThrows(IllegalArgumentException.class, () -> new LwM2mPath(3, LwM2mPath.NONE, 1, LwM2mPath.NONE));
    }

    @Test
    void knowsItsDepthAndAncestry() {
        LwM2mPath resource = LwM2mPath.of(3, 0, 14);
        assertEquals(3, resource.depth());
        assertTrue(resource.isResource());
        assertTrue(resource.startsWith(LwM2mPath.of(3)));
        assertTrue(resource.startsWith(LwM2mPath.ROOT));
        assertFalse(resource.startsWith(LwM2mPath.of(3, 1)));
        assertEquals(LwM2mPath.of(3, 0, 14, 2), resource.append(2));
        assertTrue(LwM2mPath.of(3, 0).compareTo(LwM2mPath.of(3, 0, 0)) < 0);
    }
}
