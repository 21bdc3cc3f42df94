package org.lwm2m.gateway.codec.opaque;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.ContentFormats;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.codec.CodecException;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.model.ResourceModel;
import org.lwm2m.gateway.api.model.ResourceType;
import org.lwm2m.gateway.api.node.InstanceNode;
import org.lwm2m.gateway.api.node.LwM2mNode;
import org.lwm2m.gateway.api.node.MultipleResource;
import org.lwm2m.gateway.api.node.ResourceInstance;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.testing.AllTypes;
import org.lwm2m.gateway.testing.TestDdf;

class OpaqueCodecTest {

    /** The test object: resource 5 is a single OPAQUE resource, 15 a multiple one. */
    private static final ObjectModel ALL = AllTypes.model();
    private static final ObjectModel FIRMWARE = TestDdf.FIRMWARE_UPDATE_1_2.model();
    private static final LwM2mPath SINGLE = AllTypes.single(ResourceType.OPAQUE);
    private static final LwM2mPath INSTANCE = AllTypes.instanceOf(ResourceType.OPAQUE, 3);

    private final OpaqueCodec codec = new OpaqueCodec();

    @Test
    void isContentFormat42() {
        assertEquals(ContentFormats.OPAQUE, codec.contentFormat());
    }

    @Test
    void carriesTheRawBytesBothWays() throws CodecException {
        byte[] bytes = {0, 1, (byte) 0xff, 0x7f, (byte) 0x80};
        assertArrayEquals(bytes, codec.encode(SINGLE, new SingleResource(5, Value.of(bytes)), ALL));
        assertArrayEquals(bytes, codec.encode(INSTANCE, new ResourceInstance(3, Value.of(bytes)), ALL));
        assertEquals(new SingleResource(5, Value.of(bytes)), codec.decode(SINGLE, bytes, ALL));
        assertEquals(new ResourceInstance(3, Value.of(bytes)), codec.decode(INSTANCE, bytes, ALL));
        assertEquals(new SingleResource(5, Value.of(new byte[0])), codec.decode(SINGLE, new byte[0], ALL));
    }

    @Test
    void carriesAFirmwarePackage() throws CodecException {
        byte[] image = new byte[300_000];
        new Random(91).nextBytes(image);
        LwM2mPath packagePath = LwM2mPath.of(5, 0, 0);
        assertTrue(codec.supports(packagePath, FIRMWARE));
        LwM2mNode node = codec.decode(packagePath, image, FIRMWARE);
        assertArrayEquals(image, codec.encode(packagePath, node, FIRMWARE));
    }

    @Test
    void decodingCopiesThePayload() throws CodecException {
        byte[] bytes = {1, 2, 3};
        LwM2mNode node = codec.decode(SINGLE, bytes, ALL);
        bytes[0] = 9;
        assertEquals(new SingleResource(5, Value.of(new byte[] {1, 2, 3})), node);
    }

    @Test
    void supportsOnlyOpaqueSingleValues() {
        for (ResourceModel r : ALL.resources().values()) {
            boolean opaque = r.type() == ResourceType.OPAQUE;
            assertEquals(opaque && !r.multiple(), codec.supports(LwM2mPath.of(ALL.id(), 0, r.id()), ALL));
            assertEquals(opaque && r.multiple(), codec.supports(LwM2mPath.of(ALL.id(), 0, r.id(), 0), ALL));
        }
        assertFalse(codec.supports(LwM2mPath.of(ALL.id()), ALL));
        assertFalse(codec.supports(LwM2mPath.of(ALL.id(), 0), ALL));
        assertFalse(codec.supports(LwM2mPath.ROOT, ALL));
        assertFalse(codec.supports(LwM2mPath.of(5, 0, 0), ALL));
    }

    @Test
    void refusesPathsAndNodesItCannotCarry() {
        byte[] payload = {1};
        for (LwM2mPath path : List.of(LwM2mPath.of(ALL.id()), LwM2mPath.of(ALL.id(), 0), LwM2mPath.of(ALL.id(), 0, 1),
                LwM2mPath.of(ALL.id(), 0, 15), LwM2mPath.of(ALL.id(), 0, 5, 0), LwM2mPath.of(ALL.id(), 0, 20),
                LwM2mPath.of(ALL.id(), 0, 99), LwM2mPath.of(5, 0, 0))) {
            assertThrows(CodecException.class, () -> codec.decode(path, payload, ALL), path.toString());
        }
        assertThrows(CodecException.class, () -> codec.encode(SINGLE, new SingleResource(6, Value.of(payload)), ALL));
        assertThrows(CodecException.class, () -> codec.encode(SINGLE, new SingleResource(5, Value.of("x")), ALL));
        assertThrows(CodecException.class, () -> codec.encode(SINGLE, new ResourceInstance(5, Value.of(payload)),
                ALL));
        assertThrows(CodecException.class, () -> codec.encode(INSTANCE, new ResourceInstance(4, Value.of(payload)),
                ALL));
        assertThrows(CodecException.class, () -> codec.encode(LwM2mPath.of(ALL.id(), 0, 15),
                MultipleResource.ofList(15, ResourceType.OPAQUE, List.of(Value.of(payload))), ALL));
        assertThrows(CodecException.class, () -> codec.encode(LwM2mPath.of(ALL.id(), 0),
                InstanceNode.of(0, List.of()), ALL));
    }
}
