package org.lwm2m.gateway.codec.tlv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.Random;

import org.eclipse.leshan.core.model.LwM2mModel;
import org.eclipse.leshan.core.node.codec.DefaultLwM2mDecoder;
import org.eclipse.leshan.core.node.codec.DefaultLwM2mEncoder;
import org.eclipse.leshan.core.request.ContentFormat;
import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.model.ResourceType;
import org.lwm2m.gateway.api.node.InstanceNode;
import org.lwm2m.gateway.api.node.LwM2mNode;
import org.lwm2m.gateway.api.node.MultipleResource;
import org.lwm2m.gateway.api.node.ObjectNode;
import org.lwm2m.gateway.api.node.ResourceInstance;
import org.lwm2m.gateway.api.node.ResourceNode;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;

/** Our TLV against Eclipse Leshan's, both ways, on random trees at every level of every test object. */
class TlvCodecLeshanTest {

    private static final int TREES_PER_OBJECT = 150;

    private final TlvCodec codec = new TlvCodec();
    private final LwM2mModel leshanModel = TestModels.leshan();
    private final DefaultLwM2mDecoder leshanDecoder = new DefaultLwM2mDecoder();
    private final DefaultLwM2mEncoder leshanEncoder = new DefaultLwM2mEncoder();

    @Test
    void leshanReadsWhatWeWrite() throws Exception {
        int checked = forEveryLevel(61, (path, node, model) -> {
            byte[] bytes = codec.encode(path, node, model);
            org.eclipse.leshan.core.node.LwM2mNode decoded = leshanDecoder.decode(bytes, ContentFormat.TLV,
                    leshanPath(path), leshanModel);
            assertEquals(node, LeshanNodes.fromLeshan(decoded), path + " " + HexFormat.of().formatHex(bytes));
        });
        assertTrue(checked > 3000, "checked " + checked);
    }

    @Test
    void weReadWhatLeshanWrites() throws Exception {
        int checked = forEveryLevel(62, (path, node, model) -> {
            byte[] bytes = leshanEncoder.encode(LeshanNodes.toLeshan(node), ContentFormat.TLV, leshanPath(path),
                    leshanModel);
            assertEquals(node, codec.decode(path, bytes, model), path + " " + HexFormat.of().formatHex(bytes));
            if (isComparableValue(node)) {
                assertEquals(HexFormat.of().formatHex(bytes), HexFormat.of().formatHex(codec.encode(path, node,
                        model)), "same bytes as Leshan for " + path);
            }
        });
        assertTrue(checked > 3000, "checked " + checked);
    }

    @Test
    void leshanReadsTimesAndUnsignedIntegersOfEveryWidthWeWrite() throws Exception {
        ObjectModel model = TestModels.ours(TestModels.ALL_TYPES);
        LwM2mPath timePath = LwM2mPath.of(model.id(), 0, ResourceType.TIME.ordinal());
        LwM2mPath unsignedPath = LwM2mPath.of(model.id(), 0, ResourceType.UNSIGNED_INTEGER.ordinal());
        for (long seconds : new long[] {0, -1, 1L << 40, -(1L << 40), 1_700_000_000L}) {
            SingleResource node = new SingleResource(timePath.resourceId(), Value.time(seconds));
            assertEquals(node, LeshanNodes.fromLeshan(leshanDecoder.decode(codec.encode(timePath, node, model),
                    ContentFormat.TLV, leshanPath(timePath), leshanModel)));
        }
        for (long bits : new long[] {0, 200, 1L << 32, Long.MAX_VALUE, Long.MIN_VALUE, -102, -1}) {
            SingleResource node = new SingleResource(unsignedPath.resourceId(), Value.unsigned(bits));
            assertEquals(node, LeshanNodes.fromLeshan(leshanDecoder.decode(codec.encode(unsignedPath, node, model),
                    ContentFormat.TLV, leshanPath(unsignedPath), leshanModel)));
        }
    }

    @Test
    void leshanQuirksThatWeDoNotCopy() throws Exception {
        ObjectModel model = TestModels.ours(TestModels.ALL_TYPES);
        LwM2mPath timePath = LwM2mPath.of(model.id(), 0, ResourceType.TIME.ordinal());
        SingleResource time = new SingleResource(timePath.resourceId(), Value.time(60));
        byte[] leshanTime = leshanEncoder.encode(LeshanNodes.toLeshan(time), ContentFormat.TLV, leshanPath(timePath),
                leshanModel);
        assertEquals("c4060000003c", HexFormat.of().formatHex(leshanTime), "Leshan writes TIME in 4 bytes");
        assertEquals("c1063c", HexFormat.of().formatHex(codec.encode(timePath, time, model)));
        assertEquals(time, codec.decode(timePath, leshanTime, model));

        LwM2mPath unsignedPath = LwM2mPath.of(model.id(), 0, ResourceType.UNSIGNED_INTEGER.ordinal());
        SingleResource max = new SingleResource(unsignedPath.resourceId(), Value.unsigned(-1L));
        byte[] leshanMax = leshanEncoder.encode(LeshanNodes.toLeshan(max), ContentFormat.TLV,
                leshanPath(unsignedPath), leshanModel);
        assertEquals("c102ff", HexFormat.of().formatHex(leshanMax), "Leshan writes 2^64-1 as the signed byte -1");
        assertEquals(new SingleResource(unsignedPath.resourceId(), Value.unsigned(255)),
                codec.decode(unsignedPath, leshanMax, model), "the spec reads FF as 255");
        assertEquals("c802" + "08ffffffffffffffff", HexFormat.of().formatHex(codec.encode(unsignedPath, max, model)));
    }

    /**
     * Whether the node is one value that Leshan writes as we do. Not a time: Leshan writes TIME in 4 bytes where we
     * take the shortest width. Not a float: Leshan writes every double in 8 bytes, we take 4 when they are exact.
     * Not several values: Leshan writes instances and resource instances in hash order.
     */
    private static boolean isComparableValue(LwM2mNode node) {
        ResourceType type;
        if (node instanceof SingleResource single) {
            type = single.type();
        } else if (node instanceof ResourceInstance instance) {
            type = instance.value().type();
        } else {
            return false;
        }
        return type != ResourceType.TIME && type != ResourceType.FLOAT;
    }

    private static org.eclipse.leshan.core.node.LwM2mPath leshanPath(LwM2mPath path) {
        return new org.eclipse.leshan.core.node.LwM2mPath(path.toString());
    }

    /** Runs {@code check} on random objects, instances, resources and resource instances; returns the count. */
    private static int forEveryLevel(long seed, Check check) throws Exception {
        RandomTrees trees = new RandomTrees(new Random(seed), true);
        int checked = 0;
        for (ObjectModel model : TestModels.allOurs()) {
            for (int i = 0; i < TREES_PER_OBJECT; i++) {
                ObjectNode object = trees.object(model);
                LwM2mPath objectPath = LwM2mPath.of(model.id());
                check.run(objectPath, object, model);
                checked++;
                for (InstanceNode instance : object.instances().values()) {
                    LwM2mPath instancePath = objectPath.append(instance.id());
                    check.run(instancePath, instance, model);
                    checked++;
                    for (ResourceNode resource : instance.resources().values()) {
                        LwM2mPath resourcePath = instancePath.append(resource.id());
                        check.run(resourcePath, resource, model);
                        checked++;
                        if (resource instanceof MultipleResource multiple) {
                            for (var e : multiple.instances().entrySet()) {
                                check.run(resourcePath.append(e.getKey()),
                                        new ResourceInstance(e.getKey(), e.getValue()), model);
                                checked++;
                            }
                        }
                    }
                }
            }
        }
        return checked;
    }

    @FunctionalInterface
    private interface Check {
        void run(LwM2mPath path, LwM2mNode node, ObjectModel model) throws Exception;
    }
}
