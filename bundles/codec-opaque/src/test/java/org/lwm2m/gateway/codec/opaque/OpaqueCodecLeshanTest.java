package org.lwm2m.gateway.codec.opaque;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.leshan.core.model.LwM2mModel;
import org.eclipse.leshan.core.model.ObjectLoader;
import org.eclipse.leshan.core.model.ResourceModel.Type;
import org.eclipse.leshan.core.model.StaticModel;
import org.eclipse.leshan.core.node.LwM2mResourceInstance;
import org.eclipse.leshan.core.node.LwM2mSingleResource;
import org.eclipse.leshan.core.node.codec.DefaultLwM2mDecoder;
import org.eclipse.leshan.core.node.codec.DefaultLwM2mEncoder;
import org.eclipse.leshan.core.request.ContentFormat;
import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.node.ResourceInstance;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;

/** Our opaque format against Eclipse Leshan's, both ways, for single resources and resource instances. */
class OpaqueCodecLeshanTest {

    private static final ObjectModel ALL = ObjectModel.load(OpaqueCodecLeshanTest.class, "/ddf/33001.xml");

    private final OpaqueCodec codec = new OpaqueCodec();
    private final DefaultLwM2mDecoder leshanDecoder = new DefaultLwM2mDecoder();
    private final DefaultLwM2mEncoder leshanEncoder = new DefaultLwM2mEncoder();

    private static LwM2mModel leshanModel() throws Exception {
        List<org.eclipse.leshan.core.model.ObjectModel> models = new ArrayList<>();
        try (InputStream in = OpaqueCodecLeshanTest.class.getResourceAsStream("/ddf/33001.xml")) {
            models.addAll(ObjectLoader.loadDdfFile(in, "33001.xml"));
        }
        return new StaticModel(models);
    }

    @Test
    void bothWaysForRandomBytes() throws Exception {
        LwM2mModel model = leshanModel();
        Random random = new Random(92);
        for (int i = 0; i < 500; i++) {
            byte[] bytes = new byte[random.nextInt(4) == 0 ? 0 : random.nextInt(2000)];
            random.nextBytes(bytes);
            LwM2mPath single = LwM2mPath.of(ALL.id(), random.nextInt(10), 5);
            LwM2mPath instance = LwM2mPath.of(ALL.id(), 0, 15, random.nextInt(65535));

            byte[] ours = codec.encode(single, new SingleResource(5, Value.of(bytes)), ALL);
            LwM2mSingleResource leshanSingle = (LwM2mSingleResource) leshanDecoder.decode(ours, ContentFormat.OPAQUE,
                    new org.eclipse.leshan.core.node.LwM2mPath(single.toString()), model);
            assertArrayEquals(bytes, (byte[]) leshanSingle.getValue());

            byte[] leshan = leshanEncoder.encode(LwM2mResourceInstance.newInstance(instance.resourceInstanceId(),
                    bytes, Type.OPAQUE), ContentFormat.OPAQUE,
                    new org.eclipse.leshan.core.node.LwM2mPath(instance.toString()), model);
            assertEquals(new ResourceInstance(instance.resourceInstanceId(), Value.of(bytes)),
                    codec.decode(instance, leshan, ALL));
        }
    }
}
