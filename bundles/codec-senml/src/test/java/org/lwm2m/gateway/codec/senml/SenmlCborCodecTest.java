package org.lwm2m.gateway.codec.senml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.codec.CodecException;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.model.ResourceType;
import org.lwm2m.gateway.api.node.InstanceNode;
import org.lwm2m.gateway.api.node.MultipleResource;
import org.lwm2m.gateway.api.node.ObjectLink;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.testing.AllTypes;
import org.lwm2m.gateway.testing.NodeAt;
import org.lwm2m.gateway.testing.RandomTrees;
import org.lwm2m.gateway.testing.RandomValues;
import org.lwm2m.gateway.testing.RoundTrips;
import org.lwm2m.gateway.testing.TestDdf;
import org.lwm2m.gateway.testing.ValuesOnly;

/** SenML CBOR byte by byte (RFC 8428 §6, RFC 8949), every width a reader must take, refusals, round trips. */
class SenmlCborCodecTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final ObjectModel ALL = AllTypes.model();
    private static final ObjectModel DEVICE = TestDdf.DEVICE_1_2.model();
    private static final LwM2mPath MANUFACTURER = LwM2mPath.of(3, 0, 0);
    private static final LwM2mPath FLOAT = AllTypes.single(ResourceType.FLOAT);
    private static final LwM2mPath INTEGER = AllTypes.single(ResourceType.INTEGER);
    private static final LwM2mPath UNSIGNED = AllTypes.single(ResourceType.UNSIGNED_INTEGER);

    private final SenmlCborCodec codec = new SenmlCborCodec();

    @Test
    void singleValueIsADefiniteArrayOfOneDefiniteMapWithIntegerLabels() throws CodecException {
        // [{-2: "/3/0/0", 3: "ACME"}]
        assertEquals("81" + "a2" + "21" + "662f332f302f30" + "03" + "6441434d45",
                HEX.formatHex(codec.encode(MANUFACTURER, new SingleResource(0, Value.of("ACME")), DEVICE)));
    }

    @Test
    void instanceRecordsAreNamedUnderTheInstance() throws CodecException {
        InstanceNode instance = InstanceNode.of(0, List.of(new SingleResource(9, Value.of(80L)),
                MultipleResource.ofList(7, ResourceType.INTEGER, List.of(Value.of(-1L)))));
        // [{-2: "/3/0/", 0: "7/0", 2: -1}, {0: "9", 2: 80}]
        assertEquals("82" + "a3" + "21" + "652f332f302f" + "00" + "63372f30" + "02" + "20"
                + "a2" + "00" + "6139" + "02" + "1850",
                HEX.formatHex(codec.encode(LwM2mPath.of(3, 0), instance, DEVICE)));
    }

    @Test
    void unsignedIntegersFromTwoToTheSixtyThreeOnAreBignums() throws CodecException {
        assertEquals("c24900ffffffffffffffff", valueHex(UNSIGNED, Value.unsigned(-1L)));
        assertEquals("1b7fffffffffffffff", valueHex(UNSIGNED, Value.unsigned(Long.MAX_VALUE)));
    }

    @Test
    void floatsTakeTheShortestExactWidthOpaqueIsAByteStringObjectLinksAreVlo() throws CodecException {
        assertEquals("fa3fc00000", valueHex(FLOAT, Value.of(1.5)), "1.5 fits a single float");
        assertEquals("fb3fb999999999999a", valueHex(FLOAT, Value.of(0.1)), "0.1 needs a double");
        assertEquals("42fbff", valueHex(AllTypes.single(ResourceType.OPAQUE),
                Value.of(new byte[] {(byte) 0xfb, (byte) 0xff})));
        byte[] link = codec.encode(AllTypes.single(ResourceType.OBJLNK),
                new SingleResource(AllTypes.singleId(ResourceType.OBJLNK), Value.of(new ObjectLink(3, 0))), ALL);
        assertTrue(HEX.formatHex(link).endsWith("63766c6f" + "63333a30"), "vlo: \"3:0\" in " + HEX.formatHex(link));
    }

    @Test
    void readsEveryFloatWidthAndEveryIntegerWidth() throws CodecException {
        assertEquals(Value.of(1.5), valueOf(FLOAT, "f93e00"), "half");
        assertEquals(Value.of(1.5), valueOf(FLOAT, "fa3fc00000"), "single");
        assertEquals(Value.of(0.1), valueOf(FLOAT, "fb3fb999999999999a"), "double");
        assertEquals(Value.of(3.0), valueOf(FLOAT, "03"), "an integer where a float goes");
        assertEquals(Value.of(-500L), valueOf(INTEGER, "3901f3"));
        assertEquals(Value.of(Long.MIN_VALUE), valueOf(INTEGER, "3b7fffffffffffffff"));
        assertEquals(Value.of(70_000L), valueOf(INTEGER, "1a00011170"));
        assertEquals(Value.of(42L), valueOf(INTEGER, "f9" + "5140"), "an integral half float");
        assertEquals(Value.unsigned(-1L), valueOf(UNSIGNED, "1bffffffffffffffff"), "2^64-1 as a 64-bit integer");
        assertEquals(Value.unsigned(-1L), valueOf(UNSIGNED, "c24900ffffffffffffffff"), "2^64-1 as a bignum");
        assertThrows(CodecException.class, () -> valueOf(UNSIGNED, "c248ffffffffffffffff"),
                "Jackson reads this bignum as -1: refused, never misread as another unsigned value");
    }

    @Test
    void labelsItDoesNotUseAreSkippedUnlessTheyMustBeUnderstood() throws CodecException {
        // [{-2: "/3/0/0", 1: "Cel", 3: "x"}]
        assertEquals(new SingleResource(0, Value.of("x")),
                codec.decode(MANUFACTURER, HEX.parseHex("81a321662f332f302f30016343656c036178"), DEVICE));
        // [{-2: "/3/0/0", 3: "x", "k_": 1}]
        CodecException e = assertThrows(CodecException.class, () -> codec.decode(MANUFACTURER,
                HEX.parseHex("81a321662f332f302f30036178626b5f01"), DEVICE));
        assertTrue(e.getMessage().contains("must be understood"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "a0", "80ff", "8101", "81a221662f332f302f30036178" + "00", "81a221662f332f302f30",
        "81a321662f332f302f300361780361" + "79", "81a221662f332f302f300301", "81a221662f332f302f30034100",
        "82a221662f332f302f30036178", "81a221662f332f302f31036178", "81a221662f332f302f3003" + "7f"})
    void malformedOrMistypedPacksAreRefused(String hex) {
        assertThrows(CodecException.class, () -> codec.decode(MANUFACTURER, HEX.parseHex(hex), DEVICE), hex);
    }

    @Test
    void everyLevelOfEveryTypeReadsBack() throws CodecException {
        RandomTrees trees = new RandomTrees(new Random(271), RandomValues.Range.FULL);
        for (int i = 0; i < 300; i++) {
            for (NodeAt at : NodeAt.everyLevelOf(trees.object(ALL))) {
                RoundTrips.assertReadsBack(codec, at.path(), ValuesOnly.of(at.node()), ALL);
            }
        }
    }

    private String valueHex(LwM2mPath path, Value value) throws CodecException {
        String hex = HEX.formatHex(codec.encode(path, new SingleResource(path.resourceId(), value), ALL));
        String valueLabel = value.type() == ResourceType.OPAQUE ? "08" : "02";
        return hex.substring(hex.lastIndexOf(valueLabel) + 2);
    }

    /** The value of {@code [{-2: "<path>", <label>: <valueHex>}]}. */
    private Value valueOf(LwM2mPath path, String valueHex) throws CodecException {
        String name = HEX.formatHex(path.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        String payload = "81a2" + "21" + HEX.formatHex(new byte[] {(byte) (0x60 + name.length() / 2)}) + name
                + "02" + valueHex;
        return ((SingleResource) codec.decode(path, HEX.parseHex(payload), ALL)).value();
    }
}
