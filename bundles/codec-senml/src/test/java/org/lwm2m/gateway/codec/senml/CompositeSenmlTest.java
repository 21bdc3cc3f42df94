package org.lwm2m.gateway.codec.senml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.codec.CodecException;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.node.InstanceNode;
import org.lwm2m.gateway.api.node.LwM2mNode;
import org.lwm2m.gateway.api.node.ResourceInstance;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.testing.TestDdf;

/** Several paths in one SenML pack: the lists of paths, values and nodes of the composite operations. */
class CompositeSenmlTest {

    private static final Map<Integer, ObjectModel> MODELS = Map.of(1, TestDdf.SERVER_1_2.model(), 3,
            TestDdf.DEVICE_1_2.model());
    private static final IntFunction<ObjectModel> MODEL = MODELS::get;

    private final SenmlJsonCodec json = new SenmlJsonCodec();
    private final SenmlCborCodec cbor = new SenmlCborCodec();

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void pathsAreRecordsWithNamesOnlyAndBaseNamesApply() throws CodecException {
        assertEquals(List.of(LwM2mPath.ROOT, LwM2mPath.parse("/3/0/0"), LwM2mPath.parse("/3/0/9"),
                LwM2mPath.parse("/1")), json.decodePaths(bytes(
                        "[{\"n\":\"/\"},{\"bn\":\"/3/0/\",\"n\":\"0\"},{\"n\":\"9\"},{\"bn\":\"\",\"n\":\"/1\"}]")));
        assertTrue(json.decodePaths(bytes("[]")).isEmpty());
        assertThrows(CodecException.class, () -> json.decodePaths(bytes("[{\"n\":\"/3/0/0\",\"v\":1}]")));
        assertThrows(CodecException.class, () -> json.decodePaths(bytes("[{\"n\":\"/3/x\"}]")));
    }

    @Test
    void valuesAreTypedByTheirOwnObjectAndNamedOnce() throws CodecException {
        SortedMap<LwM2mPath, LwM2mNode> values = json.decodeNodes(bytes("[{\"bn\":\"/3/0/\",\"n\":\"15\","
                + "\"vs\":\"Europe/Rome\"},{\"n\":\"7/1\",\"v\":3300},{\"bn\":\"/1/0/\",\"n\":\"1\",\"v\":60}]"), MODEL);
        assertEquals(new TreeMap<>(Map.of(LwM2mPath.parse("/3/0/15"), new SingleResource(15, Value.of("Europe/Rome")),
                LwM2mPath.parse("/3/0/7/1"), new ResourceInstance(1, Value.of(3300L)),
                LwM2mPath.parse("/1/0/1"), new SingleResource(1, Value.of(60L)))), values);
    }

    @Test
    void writeValuesThatDoNotFitAreRefusedWhole() {
        List<String> refused = List.of(
                "[]",
                "[{\"n\":\"/3/0\",\"vs\":\"x\"}]",
                "[{\"n\":\"/4/0/0\",\"v\":1}]",
                "[{\"n\":\"/3/0/15\"}]",
                "[{\"n\":\"/3/0/15\",\"v\":1}]",
                "[{\"n\":\"/3/0/15\",\"vs\":\"a\"},{\"n\":\"/3/0/15\",\"vs\":\"b\"}]",
                "[{\"n\":\"/3/0/7\",\"v\":1}]",
                "[{\"n\":\"/3/0/4\",\"vs\":\"\"}]");
        for (String payload : refused) {
            assertThrows(CodecException.class, () -> json.decodeNodes(bytes(payload), MODEL), payload);
        }
    }

    @Test
    void nodesOfSeveralObjectsRoundTripInBothSyntaxes() throws CodecException {
        SortedMap<LwM2mPath, LwM2mNode> nodes = new TreeMap<>();
        nodes.put(LwM2mPath.parse("/1/0"), InstanceNode.of(0, List.of(new SingleResource(0, Value.of(1L)),
                new SingleResource(1, Value.of(300L)))));
        nodes.put(LwM2mPath.parse("/3/0/0"), new SingleResource(0, Value.of("ACME")));
        assertEquals("[{\"bn\":\"/1/0/\",\"n\":\"0\",\"v\":1},{\"n\":\"1\",\"v\":300},{\"bn\":\"/3/0/0\",\"vs\":\"ACME\"}]",
                new String(json.encodeNodes(nodes, MODEL), StandardCharsets.UTF_8));
        for (var codec : List.of(json, cbor)) {
            byte[] encoded = codec.encodeNodes(nodes, MODEL);
            assertEquals(nodes.get(LwM2mPath.parse("/1/0")), codec.decode(LwM2mPath.parse("/1/0"),
                    slice(codec, encoded, 0, 2), MODELS.get(1)));
            assertEquals(Map.of(LwM2mPath.parse("/1/0/0"), new SingleResource(0, Value.of(1L)),
                    LwM2mPath.parse("/1/0/1"), new SingleResource(1, Value.of(300L)),
                    LwM2mPath.parse("/3/0/0"), new SingleResource(0, Value.of("ACME"))),
                    codec.decodeNodes(encoded, MODEL));
        }
        assertThrows(CodecException.class, () -> json.encodeNodes(new TreeMap<>(Map.of(LwM2mPath.parse("/4/0"),
                InstanceNode.of(0, List.of()))), MODEL), "an object without a model");
    }

    /** The pack of the first records of an encoded pack, re-encoded by the same codec. */
    private static byte[] slice(JacksonSenmlCodec codec, byte[] encoded, int from, int to) throws CodecException {
        SortedMap<LwM2mPath, LwM2mNode> values = codec.decodeNodes(encoded, MODEL);
        SortedMap<LwM2mPath, LwM2mNode> first = new TreeMap<>();
        values.entrySet().stream().skip(from).limit(to - from).forEach(e -> first.put(e.getKey(), e.getValue()));
        return codec.encodeNodes(first, MODEL);
    }
}
