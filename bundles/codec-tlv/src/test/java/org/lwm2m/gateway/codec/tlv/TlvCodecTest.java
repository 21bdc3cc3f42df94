package org.lwm2m.gateway.codec.tlv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lwm2m.gateway.testing.AllTypes.multiple;
import static org.lwm2m.gateway.testing.AllTypes.single;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lwm2m.gateway.api.ContentFormats;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.codec.CodecException;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.model.ResourceType;
import org.lwm2m.gateway.api.node.InstanceNode;
import org.lwm2m.gateway.api.node.LwM2mNode;
import org.lwm2m.gateway.api.node.MultipleResource;
import org.lwm2m.gateway.api.node.ObjectLink;
import org.lwm2m.gateway.api.node.ObjectNode;
import org.lwm2m.gateway.api.node.ResourceInstance;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.testing.AllTypes;
import org.lwm2m.gateway.testing.TestDdf;

class TlvCodecTest {

    private static final ObjectModel DEVICE = TestDdf.DEVICE_1_2.model();
    private static final ObjectModel ALL = AllTypes.model();
    private static final HexFormat HEX = HexFormat.of();

    private final TlvCodec codec = new TlvCodec();

    private String encodeValue(Value value) throws CodecException {
        LwM2mPath path = single(value.type());
        return HEX.formatHex(codec.encode(path, new SingleResource(path.resourceId(), value), ALL));
    }

    private Value decodeValue(ResourceType type, String hex) throws CodecException {
        return ((SingleResource) codec.decode(single(type), HEX.parseHex(hex), ALL)).value();
    }

    private LwM2mNode decode(LwM2mPath path, String hex) throws CodecException {
        return codec.decode(path, HEX.parseHex(hex), ALL);
    }

    @Test
    void isContentFormat11542() {
        assertEquals(ContentFormats.TLV, codec.contentFormat());
    }

    @Test
    void writesTheDeviceObjectAsTheSpecExampleShowsIt() throws CodecException {
        InstanceNode device = InstanceNode.of(0, List.of(
                new SingleResource(0, Value.of("Open Mobile Alliance")),
                MultipleResource.ofList(6, ResourceType.INTEGER, List.of(Value.of(1L), Value.of(5L)))));
        String hex = "c800144f70656e204d6f62696c6520416c6c69616e6365" + "86064100014101" + "05";
        assertEquals(hex, HEX.formatHex(codec.encode(LwM2mPath.of(3, 0), device, DEVICE)));
        assertEquals(device, codec.decode(LwM2mPath.of(3, 0), HEX.parseHex(hex), DEVICE));
        ObjectNode object = ObjectNode.of(3, List.of(device));
        assertEquals("08001f" + hex, HEX.formatHex(codec.encode(LwM2mPath.of(3), object, DEVICE)));
        assertEquals(object, codec.decode(LwM2mPath.of(3), HEX.parseHex("08001f" + hex), DEVICE));
    }

    @Test
    void wrapsInstancesOfAnObjectInObjectInstanceTlvs() throws CodecException {
        ObjectNode object = ObjectNode.of(3, List.of(InstanceNode.of(0, List.of(new SingleResource(9,
                Value.of(100L)))), InstanceNode.of(300, List.of())));
        assertEquals("0300c10964" + "20012c", HEX.formatHex(codec.encode(LwM2mPath.of(3), object, DEVICE)));
        assertEquals(object, codec.decode(LwM2mPath.of(3), HEX.parseHex("0300c1096420012c"), DEVICE));
    }

    @ParameterizedTest
    @CsvSource({"0,00", "127,7f", "-128,80", "128,0080", "-129,ff7f", "32767,7fff", "32768,00008000",
        "-32769,ffff7fff", "2147483647,7fffffff", "2147483648,0000000080000000",
        "-9223372036854775808,8000000000000000"})
    void writesIntegersInTheShortestSignedWidth(long value, String hex) throws CodecException {
        assertEquals(header(1, hex) + hex, encodeValue(Value.of(value)));
        assertEquals(Value.of(value), decodeValue(ResourceType.INTEGER, header(1, hex) + hex));
        assertEquals(header(6, hex) + hex, encodeValue(Value.time(value)));
        assertEquals(Value.time(value), decodeValue(ResourceType.TIME, header(6, hex) + hex));
    }

    @ParameterizedTest
    @CsvSource({"0,00", "127,7f", "128,0080", "200,00c8", "65535,0000ffff", "4294967295,00000000ffffffff",
        "9223372036854775807,7fffffffffffffff", "9223372036854775808,8000000000000000",
        "18446744073709551615,ffffffffffffffff"})
    void writesUnsignedIntegersWithTheTopBitClearBelowTwoToThe63(String value, String hex) throws CodecException {
        Value v = Value.unsigned(Long.parseUnsignedLong(value));
        assertEquals(header(2, hex) + hex, encodeValue(v));
        assertEquals(v, decodeValue(ResourceType.UNSIGNED_INTEGER, header(2, hex) + hex));
    }

    /** The header of a resource TLV with an 8-bit id: the length in the type byte below 8, else in 8 bits. */
    private static String header(int resourceId, String valueHex) {
        int length = valueHex.length() / 2;
        String id = String.format("%02x", resourceId);
        return length < 8 ? "c" + length + id : "c8" + id + String.format("%02x", length);
    }

    @Test
    void readsUnsignedIntegersAsUnsignedWhateverTheirWidth() throws CodecException {
        assertEquals(Value.unsigned(200), decodeValue(ResourceType.UNSIGNED_INTEGER, "c102c8"));
        assertEquals(Value.unsigned(65535), decodeValue(ResourceType.UNSIGNED_INTEGER, "c202ffff"));
        assertEquals(Value.unsigned(4294967295L), decodeValue(ResourceType.UNSIGNED_INTEGER, "c402ffffffff"));
    }

    @Test
    void readsTimeAndIntegersInEveryAllowedWidth() throws CodecException {
        assertEquals(Value.time(-1), decodeValue(ResourceType.TIME, "c106ff"));
        assertEquals(Value.time(1000), decodeValue(ResourceType.TIME, "c20603e8"));
        assertEquals(Value.time(1700000000), decodeValue(ResourceType.TIME, "c4066553f100"));
        assertEquals(Value.time(1000), decodeValue(ResourceType.TIME, "c80608" + "00000000000003e8"));
        assertEquals(Value.of(1000L), decodeValue(ResourceType.INTEGER, "c80108" + "00000000000003e8"));
    }

    @Test
    void writesFloatsInFourBytesOnlyWhenExact() throws CodecException {
        assertEquals("c4033fc00000", encodeValue(Value.of(1.5)));
        assertEquals("c80308" + "3fb999999999999a", encodeValue(Value.of(0.1)));
        assertEquals("c4037f800000", encodeValue(Value.of(Double.POSITIVE_INFINITY)));
        assertEquals("c40380000000", encodeValue(Value.of(-0.0)));
        assertEquals(Value.of(1.5), decodeValue(ResourceType.FLOAT, "c4033fc00000"));
        assertEquals(Value.of(0.1), decodeValue(ResourceType.FLOAT, "c803083fb999999999999a"));
        assertEquals(Value.of((double) 0.1f), decodeValue(ResourceType.FLOAT, "c4033dcccccd"));
    }

    @Test
    void writesTheOtherTypesAsTheSpecSays() throws CodecException {
        assertEquals("c10401", encodeValue(Value.of(true)));
        assertEquals("c10400", encodeValue(Value.of(false)));
        assertEquals("c4070003ffff", encodeValue(Value.of(new ObjectLink(3, 65535))));
        assertEquals("c300476f21", encodeValue(Value.of("Go!")));
        assertEquals("c000", encodeValue(Value.of("")));
        assertEquals("c208" + "3c3e", encodeValue(Value.corelnk("<>")));
        assertEquals("c205" + "00ff", encodeValue(Value.of(new byte[] {0, (byte) 0xff})));
        assertEquals(Value.of(new ObjectLink(3, 65535)), decodeValue(ResourceType.OBJLNK, "c4070003ffff"));
    }

    @Test
    void usesSixteenBitIdentifiersAboveTwoHundredFiftyFive() throws CodecException {
        LwM2mPath wide = LwM2mPath.of(ALL.id(), 0, 300);
        assertEquals("e1012c05", HEX.formatHex(codec.encode(wide, new SingleResource(300, Value.of(5L)), ALL)));
        MultipleResource strings = new MultipleResource(1000, ResourceType.STRING,
                new TreeMap<>(Map.of(4000, Value.of("a"))));
        LwM2mPath widePath = LwM2mPath.of(ALL.id(), 0, 1000);
        assertEquals("a403e8" + "610fa061", HEX.formatHex(codec.encode(widePath, strings, ALL)));
        assertEquals(strings, codec.decode(widePath, HEX.parseHex("a403e8610fa061"), ALL));
    }

    @Test
    void acceptsLongFormHeadersThatAreValidButNotShortest() throws CodecException {
        assertEquals(Value.of(5L), decodeValue(ResourceType.INTEGER, "e1000105"));
        assertEquals(Value.of(5L), decodeValue(ResourceType.INTEGER, "c8010105"));
        assertEquals(Value.of(5L), decodeValue(ResourceType.INTEGER, "d001000105"));
        assertEquals(Value.of(5L), decodeValue(ResourceType.INTEGER, "d80100000105"));
    }

    @Test
    void usesLongerLengthFieldsForLongerValues() throws CodecException {
        int[][] lengthsAndHeaders = {{7, 2}, {8, 3}, {255, 3}, {256, 4}, {65535, 4}, {65536, 5}};
        for (int[] lh : lengthsAndHeaders) {
            byte[] bytes = new byte[lh[0]];
            bytes[bytes.length - 1] = 42;
            byte[] encoded = codec.encode(single(ResourceType.OPAQUE), new SingleResource(5, Value.of(bytes)), ALL);
            assertEquals(lh[0] + lh[1], encoded.length, "header of a " + lh[0] + " byte value");
            assertEquals(new SingleResource(5, Value.of(bytes)), codec.decode(single(ResourceType.OPAQUE),
                    encoded, ALL));
        }
        byte[] tooLong = new byte[0x1000000];
        assertThrows(CodecException.class, () -> codec.encode(single(ResourceType.OPAQUE),
                new SingleResource(5, Value.of(tooLong)), ALL));
    }

    @Test
    void readsAnInstanceWithOrWithoutTheObjectInstanceWrapper() throws CodecException {
        InstanceNode expected = InstanceNode.of(2, List.of(new SingleResource(1, Value.of(7L))));
        assertEquals(expected, decode(LwM2mPath.of(ALL.id(), 2), "c10107"));
        assertEquals(expected, decode(LwM2mPath.of(ALL.id(), 2), "0302c10107"));
        assertEquals(InstanceNode.of(2, List.of()), decode(LwM2mPath.of(ALL.id(), 2), ""));
        assertThrows(CodecException.class, () -> decode(LwM2mPath.of(ALL.id(), 2), "0303c10107"));
        assertThrows(CodecException.class, () -> decode(LwM2mPath.of(ALL.id(), 2), "0302c101070300"));
    }

    @Test
    void readsAMultipleResourceWithOrWithoutItsMultipleResourceTlv() throws CodecException {
        MultipleResource expected = new MultipleResource(11, ResourceType.INTEGER,
                new TreeMap<>(Map.of(0, Value.of(1L), 7, Value.of(-1L))));
        LwM2mPath path = multiple(ResourceType.INTEGER);
        assertEquals(expected, decode(path, "860b410001" + "4107ff"));
        assertEquals(expected, decode(path, "410001" + "4107ff"));
        assertEquals(new MultipleResource(11, ResourceType.INTEGER, new TreeMap<>()), decode(path, ""));
        assertEquals(new MultipleResource(11, ResourceType.INTEGER, new TreeMap<>()), decode(path, "800b"));
        assertEquals(new ResourceInstance(7, Value.of(-1L)), decode(path.append(7), "4107ff"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/33001/0/1|c2", "/33001/0/1|c201", "/33001/0/1|c20100", "/33001/0/1|c80105", "/33001/0/1|d0010001",
        "/33001/0/1|e001", "/33001/0/1|''", "/33001/0|c10107c1", "/33001|0300c10107" + "01",
        "/33001|0200c102", "/33001/0/11|820b4100",
        "/33001/0/11|860b410001", "/33001/0/11|8304410001",
        "/33001/0/1|c30107ffff", "/33001/0/1|c1017f" + "c1017f", "/33001/0/3|c2030000", "/33001/0/3|c103ff",
        "/33001/0/3|c60300000000ffff", "/33001/0/4|c20400", "/33001/0/4|c10402", "/33001/0/4|c004",
        "/33001/0/7|c3070000", "/33001/0/7|c80708" + "0000000000000003", "/33001/0/2|c3020000ff",
        "/33001/0/6|c0", "/33001/0/6|c306000000", "/33001/0/0|c200c328", "/33001/0/8|c108ff",
        "/33001/0|c10107c10107", "/33001/0|c16301", "/33001/0|c11407", "/33001/0|c20a0101", "/33001/0|8101" + "00",
        "/33001/0|410107", "/33001/0|0100" + "00", "/33001|c10107", "/33001|810100",
        "/33001/0/1|c20107", "/33001/0/1|c10207", "/33001/0/1|410107", "/33001/0/1|810100",
        "/33001/0/1|0100", "/33001/0/11|c10b07", "/33001/0/11|830c410001", "/33001/0/11|830bc10001",
        "/33001/0/11|4100014100ff", "/33001/0/11|860b4100014100ff", "/33001/0/11/1|410007",
        "/33001/0/11/1|c10b07", "/33001/0/11/1|41010741020a", "/33001/0/11/1|''", "/33001/0/1/0|410007",
        "/33001/0/20|c01400", "/33001/0/99|c16307", "/3/0/0|c000", "/33001/0|e0ffff00", "/33001/0/11|a4000b61ffff07"})
    void rejectsMalformedOrMistypedPayloads(String path, String hex) {
        CodecException e = assertThrows(CodecException.class,
                () -> codec.decode(LwM2mPath.parse(path), HEX.parseHex(hex), ALL), hex);
        assertFalse(e.getMessage().isBlank());
    }

    @Test
    void rejectsInvalidUtf8InStrings() {
        assertThrows(CodecException.class, () -> decodeValue(ResourceType.STRING, "c200c328"));
        assertThrows(CodecException.class, () -> decodeValue(ResourceType.CORELNK, "c108ff"));
    }

    @Test
    void supportsEveryLevelOfTheObjectTheModelDescribes() {
        assertTrue(codec.supports(LwM2mPath.of(ALL.id()), ALL));
        assertTrue(codec.supports(LwM2mPath.of(ALL.id(), 0), ALL));
        assertTrue(codec.supports(single(ResourceType.INTEGER), ALL));
        assertTrue(codec.supports(multiple(ResourceType.INTEGER), ALL));
        assertTrue(codec.supports(multiple(ResourceType.INTEGER).append(0), ALL));
        assertFalse(codec.supports(single(ResourceType.INTEGER).append(0), ALL));
        assertFalse(codec.supports(LwM2mPath.of(ALL.id(), 0, 20), ALL));
        assertFalse(codec.supports(LwM2mPath.of(ALL.id(), 0, 99), ALL));
        assertFalse(codec.supports(LwM2mPath.ROOT, ALL));
        assertFalse(codec.supports(LwM2mPath.of(3, 0), ALL));
    }

    @Test
    void refusesNodesThatDoNotFitThePathOrTheModel() {
        LwM2mPath path = single(ResourceType.INTEGER);
        assertThrows(CodecException.class, () -> codec.encode(path, new SingleResource(2, Value.of(1L)), ALL));
        assertThrows(CodecException.class, () -> codec.encode(path, new SingleResource(1, Value.of("1")), ALL));
        assertThrows(CodecException.class, () -> codec.encode(path, MultipleResource.ofList(1,
                ResourceType.INTEGER, List.of(Value.of(1L))), ALL));
        assertThrows(CodecException.class, () -> codec.encode(multiple(ResourceType.INTEGER),
                new SingleResource(11, Value.of(1L)), ALL));
        assertThrows(CodecException.class, () -> codec.encode(multiple(ResourceType.INTEGER),
                MultipleResource.ofList(11, ResourceType.STRING, List.of(Value.of("x"))), ALL));
        assertThrows(CodecException.class, () -> codec.encode(LwM2mPath.of(ALL.id(), 0),
                InstanceNode.of(1, List.of()), ALL));
        assertThrows(CodecException.class, () -> codec.encode(LwM2mPath.of(ALL.id(), 0),
                InstanceNode.of(0, List.of(new SingleResource(99, Value.of(1L)))), ALL));
        assertThrows(CodecException.class, () -> codec.encode(LwM2mPath.of(ALL.id()),
                InstanceNode.of(0, List.of()), ALL));
        assertThrows(CodecException.class, () -> codec.encode(LwM2mPath.of(3), ObjectNode.of(3, List.of()), ALL));
        assertThrows(CodecException.class, () -> codec.encode(LwM2mPath.ROOT, ObjectNode.of(3, List.of()), ALL));
        assertThrows(CodecException.class, () -> codec.encode(single(ResourceType.INTEGER).append(0),
                new ResourceInstance(0, Value.of(1L)), ALL));
        assertThrows(CodecException.class, () -> codec.encode(single(ResourceType.STRING),
                new SingleResource(0, Value.of("\ud800")), ALL));
    }

}
