package org.lwm2m.gateway.codec.json;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.testing.LeshanDifferential;

/** Our OMA JSON against Eclipse Leshan's, both ways, on random trees at every level of every test object. */
class OmaJsonCodecLeshanTest {

    private static final int TREES_PER_OBJECT = 150;

    private final OmaJsonCodec codec = new OmaJsonCodec();

    @Test
    void leshanReadsWhatWeWrite() throws Exception {
        int checked = LeshanDifferential.leshanReads(codec, 171, TREES_PER_OBJECT);
        assertTrue(checked > 3000, "checked " + checked);
    }

    @Test
    void weReadWhatLeshanWrites() throws Exception {
        int checked = LeshanDifferential.weRead(codec, 172, TREES_PER_OBJECT);
        assertTrue(checked > 3000, "checked " + checked);
    }
}
