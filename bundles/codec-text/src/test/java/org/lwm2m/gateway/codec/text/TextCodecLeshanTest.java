package org.lwm2m.gateway.codec.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Random;

import org.eclipse.leshan.core.model.LwM2mModel;
import org.eclipse.leshan.core.node.LwM2mResourceInstance;
import org.eclipse.leshan.core.node.LwM2mSingleResource;
import org.eclipse.leshan.core.node.codec.DefaultLwM2mDecoder;
import org.eclipse.leshan.core.node.codec.DefaultLwM2mEncoder;
import org.eclipse.leshan.core.request.ContentFormat;
import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.model.ResourceModel;
import org.lwm2m.gateway.api.model.ResourceType;
import org.lwm2m.gateway.api.node.LwM2mNode;
import org.lwm2m.gateway.api.node.ResourceInstance;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;

/** Our plain text against Eclipse Leshan's, both ways, on random values of every resource of the test objects. */
class TextCodecLeshanTest {

    private static final int VALUES_PER_RESOURCE = 30;

    private final TextCodec codec = new TextCodec();
    private final LwM2mModel leshanModel = TestModels.leshan();
    private final DefaultLwM2mDecoder leshanDecoder = new DefaultLwM2mDecoder();
    private final DefaultLwM2mEncoder leshanEncoder = new DefaultLwM2mEncoder();

    /** Calls {@code check} for random values of every resource that holds a value, at a fitting path. */
    private void forEveryResource(long seed, Check check) throws Exception {
        RandomValues values = new RandomValues(new Random(seed), true);
        Random random = new Random(seed + 1);
        int checked = 0;
        for (ObjectModel model : TestModels.allOurs()) {
            for (ResourceModel r : model.resources().values()) {
                if (r.type() == ResourceType.NONE) {
                    continue;
                }
                for (int i = 0; i < VALUES_PER_RESOURCE; i++) {
                    Value value = values.next(r.type());
                    if (value instanceof Value.Float f && !Double.isFinite(f.value())) {
                        continue;
                    }
                    LwM2mPath path = r.multiple() ? LwM2mPath.of(model.id(), 0, r.id(), random.nextInt(65535))
                            : LwM2mPath.of(model.id(), 0, r.id());
                    check.run(model, r, path, value);
                    checked++;
                }
            }
        }
        assertEquals(true, checked > 1000, "checked " + checked);
    }

    @Test
    void leshanReadsWhatWeWrite() throws Exception {
        forEveryResource(21, (model, r, path, value) -> {
            LwM2mNode node = path.isResource() ? new SingleResource(r.id(), value)
                    : new ResourceInstance(path.resourceInstanceId(), value);
            byte[] bytes = codec.encode(path, node, model);
            org.eclipse.leshan.core.node.LwM2mNode decoded = leshanDecoder.decode(bytes, ContentFormat.TEXT,
                    new org.eclipse.leshan.core.node.LwM2mPath(path.toString()), leshanModel);
            Object leshanValue;
            if (path.isResource()) {
                LwM2mSingleResource single = assertInstanceOf(LwM2mSingleResource.class, decoded);
                assertEquals(r.id(), single.getId());
                leshanValue = single.getValue();
            } else {
                LwM2mResourceInstance instance = assertInstanceOf(LwM2mResourceInstance.class, decoded);
                assertEquals(path.resourceInstanceId(), instance.getId());
                leshanValue = instance.getValue();
            }
            assertEquals(value, LeshanValues.fromLeshan(LeshanValues.leshanType(r.type()), leshanValue),
                    path + " " + new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        });
    }

    @Test
    void weReadWhatLeshanWrites() throws Exception {
        forEveryResource(22, (model, r, path, value) -> {
            org.eclipse.leshan.core.model.ResourceModel.Type type = LeshanValues.leshanType(r.type());
            Object leshanValue = LeshanValues.toLeshan(value);
            org.eclipse.leshan.core.node.LwM2mNode node = path.isResource()
                    ? LwM2mSingleResource.newResource(r.id(), leshanValue, type)
                    : LwM2mResourceInstance.newInstance(path.resourceInstanceId(), leshanValue, type);
            byte[] bytes = leshanEncoder.encode(node, ContentFormat.TEXT,
                    new org.eclipse.leshan.core.node.LwM2mPath(path.toString()), leshanModel);
            LwM2mNode decoded = codec.decode(path, bytes, model);
            Value ours = path.isResource() ? ((SingleResource) decoded).value()
                    : ((ResourceInstance) decoded).value();
            assertEquals(value, ours, path + " " + new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
            if (value.type() != ResourceType.FLOAT) {
                assertArrayEquals(bytes, codec.encode(path, decoded, model), "same text as Leshan for " + path);
            }
        });
    }

    @FunctionalInterface
    private interface Check {
        void run(ObjectModel model, ResourceModel resource, LwM2mPath path, Value value) throws Exception;
    }
}
