package org.lwm2m.gateway.codec.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.codec.CodecException;
import org.lwm2m.gateway.api.codec.senml.SenmlPack;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.model.ResourceModel;
import org.lwm2m.gateway.api.model.ResourceType;
import org.lwm2m.gateway.api.node.InstanceNode;
import org.lwm2m.gateway.api.node.LwM2mNode;
import org.lwm2m.gateway.api.node.MultipleResource;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.testing.AllTypes;
import org.lwm2m.gateway.testing.DecoderFuzz;
import org.lwm2m.gateway.testing.Garbage;
import org.lwm2m.gateway.testing.RandomTrees;
import org.lwm2m.gateway.testing.RandomValues;
import org.lwm2m.gateway.testing.RoundTrips;
import org.lwm2m.gateway.testing.TestDdf;

/** OMA JSON by example (Core 1.1 §7.4.5), its refusals, and garbage. */
class OmaJsonCodecTest {

    private static final ObjectModel DEVICE = TestDdf.DEVICE_1_2.model();
    private static final ObjectModel ALL = AllTypes.model();
    private static final LwM2mPath DEVICE_0 = LwM2mPath.of(3, 0);

    private final OmaJsonCodec codec = new OmaJsonCodec();

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anInstanceIsItsEntriesUnderTheInstanceAsBaseName() throws CodecException {
        InstanceNode device = InstanceNode.of(0, List.of(new SingleResource(0, Value.of("Open Mobile Alliance")),
                MultipleResource.ofList(7, ResourceType.INTEGER, List.of(Value.of(3800L), Value.of(5000L))),
                new SingleResource(13, Value.time(1_367_491_215L))));
        String json = "{\"bn\":\"/3/0/\",\"e\":[{\"n\":\"0\",\"sv\":\"Open Mobile Alliance\"},"
                + "{\"n\":\"7/0\",\"v\":3800},{\"n\":\"7/1\",\"v\":5000},{\"n\":\"13\",\"v\":1367491215}]}";
        assertEquals(json, new String(codec.encode(DEVICE_0, device, DEVICE), StandardCharsets.UTF_8));
        assertEquals(device, codec.decode(DEVICE_0, bytes(json), DEVICE));
        assertEquals(device, codec.decode(DEVICE_0, bytes("{\"bt\":25,\"e\":[{\"n\":\"/3/0/0\",\"sv\":"
                + "\"Open Mobile Alliance\"},{\"n\":\"/3/0/7/0\",\"v\":3800,\"t\":-5},{\"n\":\"/3/0/7/1\",\"v\":5000},"
                + "{\"n\":\"/3/0/13\",\"v\":1367491215}]}"), DEVICE), "full names, times");
    }

    @Test
    void opaqueIsBase64InSvAndObjectLinksAreOv() throws CodecException {
        LwM2mPath instance = LwM2mPath.of(ALL.id(), 0);
        int opaque = resourceOf(ResourceType.OPAQUE);
        int link = resourceOf(ResourceType.OBJLNK);
        byte[] json = bytes("{\"bn\":\"" + instance + "/\",\"e\":[{\"n\":\"" + opaque + "\",\"sv\":\"AP8Q\"},"
                + "{\"n\":\"" + link + "\",\"ov\":\"3:0\"}]}");
        InstanceNode node = (InstanceNode) codec.decode(instance, json, ALL);
        assertEquals(Value.of(new byte[] {0, (byte) 0xff, 0x10}), ((SingleResource) node.resources().get(opaque))
                .value());
        assertTrue(new String(codec.encode(instance, node, ALL), StandardCharsets.UTF_8).contains("\"sv\":\"AP8Q\""));
    }

    @Test
    void malformedOrMistypedPayloadsAreRefusedWhole() {
        List<String> refused = List.of("[]", "{}", "{\"bn\":\"/3/0/\"}", "{\"bn\":\"/3/0/\",\"e\":{}}",
                "{\"bn\":\"/3/0/\",\"e\":[{\"n\":\"0\",\"sv\":\"a\",\"v\":1}]}",
                "{\"bn\":\"/3/0/\",\"e\":[{\"n\":\"0\"}]}",
                "{\"bn\":\"/3/0/\",\"e\":[{\"n\":\"9\",\"bv\":1}]}",
                "{\"bn\":\"/3/0/\",\"e\":[{\"n\":\"9\",\"sv\":\"80\"}]}",
                "{\"bn\":\"/3/0/\",\"e\":[{\"n\":\"0\",\"sv\":\"a\",\"x\":1}]}",
                "{\"bn\":\"/3/0/\",\"e\":[],\"vendor\":1}",
                "{\"bn\":\"/3/0/\",\"e\":[]} []",
                "{\"bn\":\"/3/1/\",\"e\":[{\"n\":\"0\",\"sv\":\"a\"}]}",
                "{\"bn\":\"/3/0/\",\"bn\":\"/3/0/\",\"e\":[]}");
        for (String json : refused) {
            assertThrows(CodecException.class, () -> codec.decode(DEVICE_0, bytes(json), DEVICE), json);
        }
        LwM2mPath instance = LwM2mPath.of(ALL.id(), 0);
        assertThrows(CodecException.class, () -> codec.decode(instance, bytes("{\"bn\":\"" + instance + "/\",\"e\":"
                + "[{\"n\":\"" + resourceOf(ResourceType.OPAQUE) + "\",\"sv\":\"not base64!\"}]}"), ALL));
    }

    @Test
    void garbageGivesANodeOrACodecExceptionNeverAnythingElse() throws CodecException {
        Random random = new Random(191);
        Garbage garbage = new Garbage(random, 64, "[]{}\":,.-+eE0123456789/ bnvtsoe");
        RandomTrees trees = new RandomTrees(random, RandomValues.Range.FULL);
        LwM2mPath object = LwM2mPath.of(ALL.id());
        List<LwM2mPath> paths = new ArrayList<>(List.of(object, object.append(0)));
        for (ResourceModel r : ALL.resources().values()) {
            if (SenmlPack.supports(object.append(0).append(r.id()), ALL)) {
                paths.add(object.append(0).append(r.id()));
            }
        }
        int rejected = 0;
        for (int i = 0; i < 6000; i++) {
            LwM2mPath path = paths.get(random.nextInt(paths.size()));
            byte[] payload = switch (i % 3) {
                case 0 -> garbage.bytes();
                case 1 -> garbage.text();
                default -> garbage.mutated(codec.encode(object.append(0), trees.instance(ALL, 0), ALL));
            };
            DecoderFuzz<LwM2mNode> fuzz = new DecoderFuzz<>(path.toString(), p -> codec.decode(path, p, ALL),
                    node -> RoundTrips.assertReadsBack(codec, path, node, ALL));
            rejected += fuzz.accepts(payload) ? 0 : 1;
        }
        assertTrue(rejected > 3000, "only " + rejected + " payloads rejected");
    }

    private static int resourceOf(ResourceType type) {
        return ALL.resources().values().stream().filter(r -> r.type() == type && !r.multiple()).findFirst()
                .orElseThrow().id();
    }
}
