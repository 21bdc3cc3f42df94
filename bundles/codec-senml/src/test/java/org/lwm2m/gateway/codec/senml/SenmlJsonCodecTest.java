package org.lwm2m.gateway.codec.senml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.codec.CodecException;
import org.lwm2m.gateway.api.model.ObjectModel;
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
import org.lwm2m.gateway.testing.ValuesOnly;

/** SenML JSON by example (LwM2M Core 1.1 §7.4.4 and RFC 8428), its refusals, and round trips of every type. */
class SenmlJsonCodecTest {

    private static final ObjectModel ALL = AllTypes.model();
    private static final ObjectModel DEVICE = TestDdf.DEVICE_1_2.model();
    private static final LwM2mPath DEVICE_0 = LwM2mPath.of(3, 0);

    private final SenmlJsonCodec codec = new SenmlJsonCodec();

    @Test
    void instanceIsOneRecordPerValueUnderTheInstanceAsBaseName() throws CodecException {
        InstanceNode device = InstanceNode.of(0, List.of(
                new SingleResource(0, Value.of("Open Mobile Alliance")),
                MultipleResource.ofList(7, ResourceType.INTEGER, List.of(Value.of(3800L), Value.of(5000L))),
                new SingleResource(13, Value.time(1_367_491_215L))));
        assertEquals("[{\"bn\":\"/3/0/\",\"n\":\"0\",\"vs\":\"Open Mobile Alliance\"},"
                + "{\"n\":\"7/0\",\"v\":3800},{\"n\":\"7/1\",\"v\":5000},{\"n\":\"13\",\"v\":1367491215}]",
                json(codec.encode(DEVICE_0, device, DEVICE)));
    }

    @Test
    void singleValueIsOneRecordWithItsPathAsBaseName() throws CodecException {
        assertEquals("[{\"bn\":\"/3/0/0\",\"vs\":\"ACME\"}]",
                json(codec.encode(DEVICE_0.append(0), new SingleResource(0, Value.of("ACME")), DEVICE)));
    }

    @Test
    void opaqueIsBase64urlWithoutPaddingAndObjectLinksAreVlo() throws CodecException {
        LwM2mPath opaque = AllTypes.single(ResourceType.OPAQUE);
        assertEquals("[{\"bn\":\"" + opaque + "\",\"vd\":\"-_8\"}]", json(codec.encode(opaque,
                new SingleResource(opaque.resourceId(), Value.of(new byte[] {(byte) 0xfb, (byte) 0xff})), ALL)));
        LwM2mPath link = AllTypes.single(ResourceType.OBJLNK);
        assertEquals("[{\"bn\":\"" + link + "\",\"vlo\":\"3:0\"}]", json(codec.encode(link,
                new SingleResource(link.resourceId(), Value.of(new ObjectLink(3, 0))), ALL)));
    }

    @Test
    void baseNamesAndBaseTimesCarryOverAndNamesMayBeWhole() throws CodecException {
        LwM2mNode node = codec.decode(DEVICE_0, bytes("[{\"bn\":\"/3/0/\",\"bt\":1.7e9,\"n\":\"0\",\"vs\":\"a\"},"
                + "{\"n\":\"1\",\"t\":-5,\"vs\":\"b\"},{\"bn\":\"/3/\",\"n\":\"0/7/2\",\"v\":5.0},"
                + "{\"bn\":\"\",\"n\":\"/3/0/9\",\"v\":80}]"), DEVICE);
        assertEquals(InstanceNode.of(0, List.of(new SingleResource(0, Value.of("a")),
                new SingleResource(1, Value.of("b")),
                new MultipleResource(7, ResourceType.INTEGER, new TreeMap<>(Map.of(2, Value.of(5L)))),
                new SingleResource(9, Value.of(80L)))), node);
    }

    @Test
    void unsignedIntegersUseAllSixtyFourBitsAndObjectLinksMayComeAsStrings() throws CodecException {
        LwM2mPath unsigned = AllTypes.single(ResourceType.UNSIGNED_INTEGER);
        assertEquals(new SingleResource(unsigned.resourceId(), Value.unsigned(-1L)),
                codec.decode(unsigned, bytes("[{\"bn\":\"" + unsigned + "\",\"v\":18446744073709551615}]"), ALL));
        LwM2mPath link = AllTypes.single(ResourceType.OBJLNK);
        assertEquals(new SingleResource(link.resourceId(), Value.of(new ObjectLink(1, 2))),
                codec.decode(link, bytes("[{\"bn\":\"" + link + "\",\"vs\":\"1:2\"}]"), ALL),
                "Leshan 2.0 writes object links in vs");
    }

    @Test
    void fieldsLwm2mDoesNotUseAreSkippedUnlessTheyMustBeUnderstood() throws CodecException {
        assertEquals(new SingleResource(0, Value.of("x")), codec.decode(DEVICE_0.append(0),
                bytes("[{\"bn\":\"/3/0/0\",\"u\":\"Cel\",\"x\":{\"y\":[1,2]},\"bver\":10,\"vs\":\"x\"}]"), DEVICE));
        assertRefused(DEVICE_0.append(0), "[{\"bn\":\"/3/0/0\",\"vs\":\"x\",\"key_\":1}]", "must be understood");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "{}", "[", "[1]", "[{\"bn\":\"/3/0/0\",\"vs\":\"x\"}] []", "[{\"bn\":\"/3/0/0\",\"vs\":\"x\",\"vs\":\"y\"}]",
        "[{\"bn\":\"/3/0/0\",\"vs\":\"x\",\"v\":1}]", "[{\"bn\":\"/3/0/0\"}]", "[{\"bn\":\"/3/0/0\",\"v\":1}]",
        "[{\"bn\":\"/3/0/0\",\"vs\":1}]", "[{\"bn\":3,\"vs\":\"x\"}]", "[{\"bn\":\"/3/0/1\",\"vs\":\"x\"}]",
        "[{\"bn\":\"/3/0/0/1\",\"vs\":\"x\"}]", "[{\"bn\":\"/3/0/0\",\"vs\":\"x\",\"bver\":9}]",
        "[{\"bn\":\"/3/0/0\",\"vs\":[\"x\"]}]", "[{\"bn\":\"3/0/0/\",\"vs\":\"x\"}]",
        "[{\"bn\":\"/3/0/x\",\"vs\":\"x\"}]", "[{\"bn\":\"/3/0/0\",\"vs\":\"x\"},{\"vs\":\"y\"}]"})
    void malformedOrMistypedPacksAreRefused(String payload) {
        assertRefused(DEVICE_0.append(0), payload, "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[{\"n\":\"/3/0/9\",\"v\":80.5}]", "[{\"n\":\"/3/0/9\",\"v\":9223372036854775808}]",
        "[{\"n\":\"/3/0/9\",\"v\":1e400}]", "[{\"n\":\"/3/0/13\",\"vs\":\"now\"}]", "[{\"n\":\"/3/0/4\",\"v\":1}]",
        "[{\"n\":\"/3/0/7\",\"v\":1}]", "[{\"n\":\"/3/0/1000\",\"v\":1}]", "[{\"n\":\"/4/0/1\",\"v\":1}]"})
    void valuesThatDoNotFitTheModelAreRefused(String payload) {
        assertRefused(DEVICE_0, payload, "");
    }

    @Test
    void everyLevelOfEveryTypeReadsBack() throws CodecException {
        RandomTrees trees = new RandomTrees(new Random(171), RandomValues.Range.FULL);
        for (int i = 0; i < 300; i++) {
            for (NodeAt at : NodeAt.everyLevelOf(trees.object(ALL))) {
                LwM2mNode node = ValuesOnly.of(at.node());
                RoundTrips.assertReadsBack(codec, at.path(), node, ALL);
            }
        }
    }

    @Test
    void theRootAndExecutablesAreNotForSenmlPacksOfOnePath() {
        assertEquals(false, codec.supports(LwM2mPath.ROOT, DEVICE));
        assertEquals(false, codec.supports(DEVICE_0.append(4), DEVICE));
        assertTrue(codec.supports(DEVICE_0.append(7), DEVICE));
        assertTrue(codec.supports(DEVICE_0.append(7).append(0), DEVICE));
        assertThrows(CodecException.class, () -> codec.encode(DEVICE_0.append(7).append(0),
                new ResourceInstance(1, Value.of(1L)), DEVICE));
    }

    private void assertRefused(LwM2mPath path, String payload, String messagePart) {
        CodecException e = assertThrows(CodecException.class, () -> codec.decode(path, bytes(payload), DEVICE),
                payload);
        assertTrue(e.getMessage().contains(messagePart), e.getMessage());
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static String json(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
