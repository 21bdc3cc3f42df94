package org.lwm2m.gateway.codec.senml;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lwm2m.gateway.api.codec.NodeCodec;
import org.lwm2m.gateway.testing.LeshanDifferential;
import org.lwm2m.gateway.testing.ValuesOnly;

/**
 * Our SenML JSON and SenML CBOR against Eclipse Leshan's, both ways, on random trees at every level of every test
 * object. A multiple resource without instances, or an instance without values, has no record in SenML, so the
 * trees are compared as a pack carries them ({@link ValuesOnly}).
 */
class SenmlCodecLeshanTest {

    private static final int TREES_PER_OBJECT = 150;

    static List<NodeCodec> codecs() {
        return List.of(new SenmlJsonCodec(), new SenmlCborCodec());
    }

    @ParameterizedTest
    @MethodSource("codecs")
    void leshanReadsWhatWeWrite(NodeCodec codec) throws Exception {
        int checked = LeshanDifferential.leshanReads(codec, 161, TREES_PER_OBJECT);
        assertTrue(checked > 3000, "checked " + checked);
    }

    @ParameterizedTest
    @MethodSource("codecs")
    void weReadWhatLeshanWrites(NodeCodec codec) throws Exception {
        int checked = LeshanDifferential.weRead(codec, 162, TREES_PER_OBJECT);
        assertTrue(checked > 3000, "checked " + checked);
    }
}
