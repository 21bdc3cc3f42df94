package org.lwm2m.gateway.codec.opaque;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.lwm2m.gateway.testing.LeshanFormat;
import org.lwm2m.gateway.testing.TestDdf;

/** Our opaque format against Eclipse Leshan's, both ways, for single resources and resource instances. */
class OpaqueCodecLeshanTest {

    private static final ObjectModel ALL = AllTypes.model();

    private final OpaqueCodec codec = new OpaqueCodec();
    private final LeshanFormat leshan = new LeshanFormat(ContentFormats.OPAQUE, List.of(TestDdf.ALL_TYPES_1_0));

    @Test
    void bothWaysForRandomBytes() throws Exception {
        Random random = new Random(92);
        int singleId = AllTypes.singleId(ResourceType.OPAQUE);
        for (int i = 0; i < 500; i++) {
            byte[] bytes = new byte[random.nextInt(4) == 0 ? 0 : random.nextInt(2000)];
            random.nextBytes(bytes);
            LwM2mPath single = LwM2mPath.of(ALL.id(), random.nextInt(10), singleId);
            LwM2mPath instance = AllTypes.instanceOf(ResourceType.OPAQUE, random.nextInt(65535));

            SingleResource resource = new SingleResource(singleId, Value.of(bytes));
            assertEquals(resource, leshan.decode(single, codec.encode(single, resource, ALL)));

            ResourceInstance resourceInstance = new ResourceInstance(instance.resourceInstanceId(), Value.of(bytes));
            assertEquals(resourceInstance, codec.decode(instance, leshan.encode(instance, resourceInstance), ALL));
        }
    }
}
