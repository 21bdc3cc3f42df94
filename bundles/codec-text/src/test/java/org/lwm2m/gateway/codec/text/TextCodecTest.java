package org.lwm2m.gateway.codec.text;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lwm2m.gateway.testing.AllTypes.instanceOf;
import static org.lwm2m.gateway.testing.AllTypes.single;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lwm2m.gateway.api.ContentFormats;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.codec.CodecException;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.model.ResourceModel;
import org.lwm2m.gateway.api.model.ResourceType;
import org.lwm2m.gateway.api.node.InstanceNode;
import org.lwm2m.gateway.api.node.LwM2mNode;
import org.lwm2m.gateway.api.node.MultipleResource;
import org.lwm2m.gateway.api.node.ObjectLink;
import org.lwm2m.gateway.api.node.ResourceInstance;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.testing.AllTypes;
import org.lwm2m.gateway.testing.NodeAt;
import org.lwm2m.gateway.testing.RandomTrees;
import org.lwm2m.gateway.testing.RandomValues;
import org.lwm2m.gateway.testing.RoundTrips;
import org.lwm2m.gateway.testing.TestDdf;

class TextCodecTest {

    private static final ObjectModel ALL = AllTypes.model();

    private final TextCodec codec = new TextCodec();

    private String encode(LwM2mPath path, Value value) throws CodecException {
        LwM2mNode node = path.isResource() ? new SingleResource(path.resourceId(), value)
                : new ResourceInstance(path.resourceInstanceId(), value);
        return new String(codec.encode(path, node, ALL), UTF_8);
    }

    private Value decode(LwM2mPath path, String text) throws CodecException {
        LwM2mNode node = codec.decode(path, text.getBytes(UTF_8), ALL);
        return path.isResource() ? ((SingleResource) node).value() : ((ResourceInstance) node).value();
    }

    @Test
    void isContentFormatZero() {
        assertEquals(ContentFormats.TEXT, codec.contentFormat());
    }

    @Test
    void writesEveryTypeAsTheSpecShowsIt() throws CodecException {
        Map<Value, String> expected = Map.ofEntries(
                Map.entry(Value.of("Open Mobile Alliance"), "Open Mobile Alliance"),
                Map.entry(Value.of("Grüße ☃ 🚀"), "Grüße ☃ 🚀"),
                Map.entry(Value.of(-12L), "-12"),
                Map.entry(Value.of(Long.MIN_VALUE), "-9223372036854775808"),
                Map.entry(Value.unsigned(-1L), "18446744073709551615"),
                Map.entry(Value.unsigned(42), "42"),
                Map.entry(Value.of(1.5), "1.5"),
                Map.entry(Value.of(-0.25), "-0.25"),
                Map.entry(Value.of(3.0), "3.0"),
                Map.entry(Value.of(0.0), "0.0"),
                Map.entry(Value.of(-0.0), "-0.0"),
                Map.entry(Value.of(1e20), "100000000000000000000.0"),
                Map.entry(Value.of(1e-7), "0.0000001"),
                Map.entry(Value.of(0.1), "0.1"),
                Map.entry(Value.of(true), "1"),
                Map.entry(Value.of(false), "0"),
                Map.entry(Value.time(1_700_000_000L), "1700000000"),
                Map.entry(Value.time(-5), "-5"),
                Map.entry(Value.of(new ObjectLink(3, 0)), "3:0"),
                Map.entry(Value.of(new ObjectLink(65535, 65535)), "65535:65535"),
                Map.entry(Value.corelnk("</3/0>;ver=1.1"), "</3/0>;ver=1.1"),
                Map.entry(Value.of(new byte[] {0, 1, 2, (byte) 0xff}), "AAEC/w=="),
                Map.entry(Value.of(new byte[0]), ""));
        for (Map.Entry<Value, String> e : expected.entrySet()) {
            Value value = e.getKey();
            assertEquals(e.getValue(), encode(single(value.type()), value), value.toString());
            assertEquals(e.getValue(), encode(instanceOf(value.type(), 3), value), value.toString());
            assertEquals(value, decode(single(value.type()), e.getValue()), e.getValue());
        }
    }

    @Test
    void floatsNeverUseAnExponentAndReadBackExactly() throws CodecException {
        Random random = new Random(7);
        for (int i = 0; i < 5000; i++) {
            double d = Double.longBitsToDouble(random.nextLong());
            if (!Double.isFinite(d)) {
                continue;
            }
            String text = encode(single(ResourceType.FLOAT), Value.of(d));
            assertTrue(text.matches("-?[0-9]+\\.[0-9]+"), text);
            assertEquals(Value.of(d), decode(single(ResourceType.FLOAT), text), text);
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void refusesFloatsPlainTextCannotCarry(double d) {
        assertThrows(CodecException.class, () -> encode(single(ResourceType.FLOAT), Value.of(d)));
    }

    @Test
    void readsFloatsWrittenWithExponentsOrWithoutFraction() throws CodecException {
        assertEquals(Value.of(1e20), decode(single(ResourceType.FLOAT), "1.0E20"));
        assertEquals(Value.of(2.5e-3), decode(single(ResourceType.FLOAT), "2.5e-3"));
        assertEquals(Value.of(17.0), decode(single(ResourceType.FLOAT), "17"));
        assertEquals(Value.of(-0.5), decode(single(ResourceType.FLOAT), "-.5"));
        assertEquals(Value.of(12.0), decode(single(ResourceType.FLOAT), "12."));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "INTEGER|12a", "INTEGER|''", "INTEGER|' 12'", "INTEGER|'12 '", "INTEGER|+12", "INTEGER|1.0", "INTEGER|-",
        "INTEGER|9223372036854775808", "INTEGER|-9223372036854775809", "INTEGER|0x10", "INTEGER|１２",
        "TIME|12a", "TIME|''", "TIME|2024-01-01T00:00:00Z", "TIME|99999999999999999999",
        "UNSIGNED_INTEGER|-1", "UNSIGNED_INTEGER|18446744073709551616", "UNSIGNED_INTEGER|+1",
        "UNSIGNED_INTEGER|''", "UNSIGNED_INTEGER|1e3",
        "BOOLEAN|2", "BOOLEAN|true", "BOOLEAN|false", "BOOLEAN|''", "BOOLEAN|01", "BOOLEAN|' 1'",
        "FLOAT|''", "FLOAT|NaN", "FLOAT|Infinity", "FLOAT|-Infinity", "FLOAT|1e400", "FLOAT|-1e400",
        "FLOAT|0x1p3", "FLOAT|1.5f", "FLOAT|1.5d", "FLOAT|+1.5", "FLOAT|1,5", "FLOAT|.", "FLOAT|-", "FLOAT|1e",
        "FLOAT|' 1.5'", "FLOAT|e5",
        "OBJLNK|3", "OBJLNK|3:", "OBJLNK|:0", "OBJLNK|3:65536", "OBJLNK|65536:0", "OBJLNK|a:b",
        "OBJLNK|3:0:1", "OBJLNK|-3:0", "OBJLNK|+3:0", "OBJLNK|''", "OBJLNK|000003:0",
        "OPAQUE|abc$", "OPAQUE|A===", "OPAQUE|'AAEC /w=='", "OPAQUE|Zg=a"})
    void rejectsGarbageWithACodecException(ResourceType type, String text) {
        CodecException e = assertThrows(CodecException.class, () -> decode(single(type), text));
        assertFalse(e.getMessage().isBlank());
        assertThrows(CodecException.class, () -> decode(instanceOf(type, 0), text));
    }

    @Test
    void rejectsInvalidUtf8() {
        byte[][] invalid = {{(byte) 0xc3, 0x28}, {(byte) 0xff}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
            {(byte) 0xe2, (byte) 0x82}, {(byte) 0xc0, (byte) 0xaf}};
        for (ResourceType type : List.of(ResourceType.STRING, ResourceType.CORELNK, ResourceType.INTEGER)) {
            for (byte[] bytes : invalid) {
                assertThrows(CodecException.class, () -> codec.decode(single(type), bytes, ALL));
            }
        }
    }

    @Test
    void refusesToEncodeStringsThatAreNotUnicode() {
        assertThrows(CodecException.class, () -> encode(single(ResourceType.STRING), Value.of("a\ud800b")));
    }

    @Test
    void supportsExactlyTheSingleValuePaths() {
        for (ResourceModel r : ALL.resources().values()) {
            LwM2mPath resource = LwM2mPath.of(ALL.id(), 0, r.id());
            LwM2mPath instance = LwM2mPath.of(ALL.id(), 0, r.id(), 1);
            boolean hasValue = r.type() != ResourceType.NONE;
            assertEquals(hasValue && !r.multiple(), codec.supports(resource, ALL), resource.toString());
            assertEquals(hasValue && r.multiple(), codec.supports(instance, ALL), instance.toString());
        }
        assertFalse(codec.supports(LwM2mPath.of(ALL.id()), ALL));
        assertFalse(codec.supports(LwM2mPath.of(ALL.id(), 0), ALL));
        assertFalse(codec.supports(LwM2mPath.ROOT, ALL));
        assertFalse(codec.supports(LwM2mPath.of(ALL.id(), 0, 99), ALL));
        assertFalse(codec.supports(LwM2mPath.of(3, 0, 0), ALL));
        assertTrue(codec.supports(single(ResourceType.OPAQUE), ALL));
    }

    @Test
    void refusesPathsItDoesNotSupport() {
        byte[] payload = "1".getBytes(UTF_8);
        List<LwM2mPath> unsupported = List.of(LwM2mPath.of(ALL.id()), LwM2mPath.of(ALL.id(), 0),
                LwM2mPath.of(ALL.id(), 0, 11), LwM2mPath.of(ALL.id(), 0, 1, 0), LwM2mPath.of(ALL.id(), 0, 20),
                LwM2mPath.of(ALL.id(), 0, 99), LwM2mPath.of(3, 0, 1));
        for (LwM2mPath path : unsupported) {
            assertThrows(CodecException.class, () -> codec.decode(path, payload, ALL), path.toString());
        }
        MultipleResource multiple = new MultipleResource(11, ResourceType.INTEGER, new TreeMap<>(Map.of(0,
                Value.of(1L))));
        assertThrows(CodecException.class, () -> codec.encode(LwM2mPath.of(ALL.id(), 0, 11), multiple, ALL));
        InstanceNode instance = InstanceNode.of(0, List.of(new SingleResource(1, Value.of(1L))));
        assertThrows(CodecException.class, () -> codec.encode(LwM2mPath.of(ALL.id(), 0), instance, ALL));
    }

    @Test
    void refusesNodesThatDoNotFitThePathOrTheModel() {
        LwM2mPath path = single(ResourceType.INTEGER);
        assertThrows(CodecException.class, () -> codec.encode(path, new SingleResource(2, Value.of(1L)), ALL));
        assertThrows(CodecException.class, () -> codec.encode(path, new SingleResource(1, Value.of("1")), ALL));
        assertThrows(CodecException.class, () -> codec.encode(path, new ResourceInstance(1, Value.of(1L)), ALL));
        LwM2mPath instance = instanceOf(ResourceType.INTEGER, 4);
        assertThrows(CodecException.class, () -> codec.encode(instance, new ResourceInstance(5, Value.of(1L)),
                ALL));
        assertThrows(CodecException.class, () -> codec.encode(instance, new SingleResource(4, Value.of(1L)), ALL));
    }

    @Test
    void decodesToTheNodeThatSitsAtThePath() throws CodecException {
        assertEquals(new SingleResource(1, Value.of(-7L)),
                codec.decode(single(ResourceType.INTEGER), "-7".getBytes(UTF_8), ALL));
        assertEquals(new ResourceInstance(9, Value.of("x")),
                codec.decode(instanceOf(ResourceType.STRING, 9), "x".getBytes(UTF_8), ALL));
    }

    @Test
    void roundTripsRandomValuesOfEveryResourceOfEveryTestObject() throws CodecException {
        RandomTrees trees = new RandomTrees(new Random(11), RandomValues.Range.FULL);
        for (ObjectModel model : TestDdf.models(TestDdf.CODEC_OBJECTS)) {
            for (NodeAt at : trees.singleValues(model, 50, 1)) {
                RoundTrips.assertReadsBack(codec, at.path(), at.node(), model);
            }
        }
    }
}
