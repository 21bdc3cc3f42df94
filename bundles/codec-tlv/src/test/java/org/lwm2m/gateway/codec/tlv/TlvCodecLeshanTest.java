package org.lwm2m.gateway.codec.tlv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.ContentFormats;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.model.ResourceType;
import org.lwm2m.gateway.api.node.ResourceInstance;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.testing.AllTypes;
import org.lwm2m.gateway.testing.EveryLevel;
import org.lwm2m.gateway.testing.LeshanFormat;
import org.lwm2m.gateway.testing.NodeAt;
import org.lwm2m.gateway.testing.RandomTrees;
import org.lwm2m.gateway.testing.RandomValues;
import org.lwm2m.gateway.testing.TestDdf;

/** Our TLV against Eclipse Leshan's, both ways, on random trees at every level of every test object. */
class TlvCodecLeshanTest {

    private static final int TREES_PER_OBJECT = 150;
    private static final List<ObjectModel> MODELS = TestDdf.models(TestDdf.CODEC_OBJECTS);
    private static final ObjectModel ALL = AllTypes.model();
    private static final HexFormat HEX = HexFormat.of();

    private final TlvCodec codec = new TlvCodec();
    private final LeshanFormat leshan = new LeshanFormat(ContentFormats.TLV, TestDdf.CODEC_OBJECTS);

    @Test
    void leshanReadsWhatWeWrite() throws Exception {
        int checked = forEveryLevel(61, (model, at) -> {
            byte[] bytes = codec.encode(at.path(), at.node(), model);
            assertEquals(at.node(), leshan.decode(at.path(), bytes), at.path() + " " + HEX.formatHex(bytes));
        });
        assertTrue(checked > 3000, "checked " + checked);
    }

    @Test
    void weReadWhatLeshanWrites() throws Exception {
        int checked = forEveryLevel(62, (model, at) -> {
            byte[] bytes = leshan.encode(at.path(), at.node());
            assertEquals(at.node(), codec.decode(at.path(), bytes, model), at.path() + " " + HEX.formatHex(bytes));
            if (isComparableValue(at)) {
                assertEquals(HEX.formatHex(bytes), HEX.formatHex(codec.encode(at.path(), at.node(), model)),
                        "same bytes as Leshan for " + at.path());
            }
        });
        assertTrue(checked > 3000, "checked " + checked);
    }

    @Test
    void leshanReadsTimesAndUnsignedIntegersOfEveryWidthWeWrite() throws Exception {
        LwM2mPath timePath = AllTypes.single(ResourceType.TIME);
        LwM2mPath unsignedPath = AllTypes.single(ResourceType.UNSIGNED_INTEGER);
        for (long seconds : new long[] {0, -1, 1L << 40, -(1L << 40), 1_700_000_000L}) {
            SingleResource node = new SingleResource(timePath.resourceId(), Value.time(seconds));
            assertEquals(node, leshan.decode(timePath, codec.encode(timePath, node, ALL)));
        }
        for (long bits : new long[] {0, 200, 1L << 32, Long.MAX_VALUE, Long.MIN_VALUE, -102, -1}) {
            SingleResource node = new SingleResource(unsignedPath.resourceId(), Value.unsigned(bits));
            assertEquals(node, leshan.decode(unsignedPath, codec.encode(unsignedPath, node, ALL)));
        }
    }

    @Test
    void leshanQuirksThatWeDoNotCopy() throws Exception {
        LwM2mPath timePath = AllTypes.single(ResourceType.TIME);
        SingleResource time = new SingleResource(timePath.resourceId(), Value.time(60));
        byte[] leshanTime = leshan.encode(timePath, time);
        assertEquals("c4060000003c", HEX.formatHex(leshanTime), "Leshan writes TIME in 4 bytes");
        assertEquals("c1063c", HEX.formatHex(codec.encode(timePath, time, ALL)));
        assertEquals(time, codec.decode(timePath, leshanTime, ALL));

        LwM2mPath unsignedPath = AllTypes.single(ResourceType.UNSIGNED_INTEGER);
        SingleResource max = new SingleResource(unsignedPath.resourceId(), Value.unsigned(-1L));
        byte[] leshanMax = leshan.encode(unsignedPath, max);
        assertEquals("c102ff", HEX.formatHex(leshanMax), "Leshan writes 2^64-1 as the signed byte -1");
        assertEquals(new SingleResource(unsignedPath.resourceId(), Value.unsigned(255)),
                codec.decode(unsignedPath, leshanMax, ALL), "the spec reads FF as 255");
        assertEquals("c802" + "08ffffffffffffffff", HEX.formatHex(codec.encode(unsignedPath, max, ALL)));
    }

    /**
     * Whether the node is one value that Leshan writes as we do. Not a time: Leshan writes TIME in 4 bytes where we
     * take the shortest width. Not a float: Leshan writes every double in 8 bytes, we take 4 when they are exact.
     * Not several values: Leshan writes instances and resource instances in hash order.
     */
    private static boolean isComparableValue(NodeAt at) {
        if (!(at.node() instanceof SingleResource || at.node() instanceof ResourceInstance)) {
            return false;
        }
        ResourceType type = at.value().type();
        return type != ResourceType.TIME && type != ResourceType.FLOAT;
    }

    private static int forEveryLevel(long seed, EveryLevel.Check check) throws Exception {
        return EveryLevel.check(MODELS, new RandomTrees(new Random(seed), RandomValues.Range.LESHAN_TLV),
                TREES_PER_OBJECT, check);
    }
}
