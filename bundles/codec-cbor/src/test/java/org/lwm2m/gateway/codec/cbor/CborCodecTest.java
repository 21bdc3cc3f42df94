package org.lwm2m.gateway.codec.cbor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.ContentFormats;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.codec.CodecException;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.node.InstanceNode;
import org.lwm2m.gateway.api.node.LwM2mNode;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.testing.AllTypes;
import org.lwm2m.gateway.testing.DecoderFuzz;
import org.lwm2m.gateway.testing.EveryLevel;
import org.lwm2m.gateway.testing.Garbage;
import org.lwm2m.gateway.testing.LeshanFormat;
import org.lwm2m.gateway.testing.RandomTrees;
import org.lwm2m.gateway.testing.RandomValues;
import org.lwm2m.gateway.testing.RoundTrips;
import org.lwm2m.gateway.testing.TestDdf;

/** Plain CBOR by example, against Eclipse Leshan's both ways, its refusals, and garbage. */
class CborCodecTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final ObjectModel DEVICE = TestDdf.DEVICE_1_2.model();
    private static final ObjectModel ALL = AllTypes.model();
    private static final List<ObjectModel> MODELS = TestDdf.models(TestDdf.CODEC_OBJECTS);

    private final CborCodec codec = new CborCodec();
    private final LeshanFormat leshan = new LeshanFormat(ContentFormats.CBOR, TestDdf.CODEC_OBJECTS);

    @Test
    void aValueIsOneDataItemInItsShortestWidth() throws CodecException {
        LwM2mPath battery = LwM2mPath.parse("/3/0/9");
        assertEquals("1864", HEX.formatHex(codec.encode(battery, new SingleResource(9, Value.of(100L)), DEVICE)));
        assertEquals("6441434d45", HEX.formatHex(codec.encode(LwM2mPath.parse("/3/0/0"),
                new SingleResource(0, Value.of("ACME")), DEVICE)));
        assertEquals(new SingleResource(9, Value.of(100L)), codec.decode(battery, HEX.parseHex("1864"), DEVICE));
        assertEquals(new SingleResource(9, Value.of(100L)), codec.decode(battery, HEX.parseHex("1b0000000000000064"),
                DEVICE), "any integer width");
        assertEquals(new SingleResource(13, Value.time(1_700_000_000L)), codec.decode(LwM2mPath.parse("/3/0/13"),
                HEX.parseHex("c11a6553f100"), DEVICE), "a time with tag 1");
    }

    @Test
    void onlySingleValuesAndNothingMalformedOrMistyped() {
        assertThrows(CodecException.class, () -> codec.encode(LwM2mPath.parse("/3/0"), InstanceNode.of(0, List.of()),
                DEVICE));
        LwM2mPath battery = LwM2mPath.parse("/3/0/9");
        for (String hex : List.of("", "6161", "f5", "1864ff", "fb3ff8000000000000", "1b8000000000000000", "1f")) {
            assertThrows(CodecException.class, () -> codec.decode(battery, HEX.parseHex(hex), DEVICE), hex);
        }
        assertThrows(CodecException.class, () -> codec.decode(LwM2mPath.parse("/3/0/7"), HEX.parseHex("01"),
                DEVICE), "a multiple resource is no single value");
    }

    @Test
    void leshanAndWeReadWhatTheOtherWrites() throws Exception {
        int[] checked = {0};
        EveryLevel.check(MODELS, new RandomTrees(new Random(201), RandomValues.Range.LESHAN_SENML), 150,
                (model, at) -> {
                    if (!codec.supports(at.path(), model)) {
                        return;
                    }
                    byte[] ours = codec.encode(at.path(), at.node(), model);
                    assertEquals(at.node(), leshan.decode(at.path(), ours), at.path() + " " + HEX.formatHex(ours));
                    byte[] theirs = leshan.encode(at.path(), at.node());
                    assertEquals(at.node(), codec.decode(at.path(), theirs, model),
                            at.path() + " " + HEX.formatHex(theirs));
                    checked[0]++;
                });
        assertTrue(checked[0] > 1000, "checked " + checked[0]);
    }

    @Test
    void garbageGivesAValueOrACodecExceptionNeverAnythingElse() throws CodecException {
        Random random = new Random(202);
        Garbage garbage = new Garbage(random, 24, "");
        RandomTrees trees = new RandomTrees(random, RandomValues.Range.FULL);
        LwM2mPath instance = LwM2mPath.of(ALL.id(), 0);
        InstanceNode values = trees.instance(ALL, 0);
        List<LwM2mPath> paths = values.resources().keySet().stream().map(instance::append)
                .filter(p -> codec.supports(p, ALL)).toList();
        for (int i = 0; i < 6000; i++) {
            LwM2mPath path = paths.get(random.nextInt(paths.size()));
            LwM2mNode node = values.resources().get(path.resourceId());
            byte[] valid = codec.encode(path, node, ALL);
            DecoderFuzz<LwM2mNode> fuzz = new DecoderFuzz<>(path.toString(), p -> codec.decode(path, p, ALL),
                    decoded -> RoundTrips.assertReadsBack(codec, path, decoded, ALL));
            fuzz.accepts(i % 2 == 0 ? garbage.bytes() : garbage.mutated(valid));
        }
    }
}
