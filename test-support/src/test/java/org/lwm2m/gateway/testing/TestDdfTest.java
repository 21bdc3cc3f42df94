package org.lwm2m.gateway.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.leshan.core.model.LwM2mModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.model.ResourceModel;
import org.lwm2m.gateway.api.model.ResourceType;

class TestDdfTest {

    @ParameterizedTest
    @EnumSource(TestDdf.class)
    void eachFileDefinesTheObjectAndVersionItIsNamedFor(TestDdf ddf) {
        ObjectModel model = ddf.model();
        assertEquals(ddf.objectId(), model.id());
        assertEquals(ddf.version(), model.version());
        assertEquals("/ddf/" + ddf.objectId() + "-" + ddf.version().replace('.', '_') + ".xml", ddf.resource());
    }

    @ParameterizedTest
    @EnumSource(TestDdf.class)
    void leshanReadsTheSameResourcesFromEachFile(TestDdf ddf) {
        ObjectModel ours = ddf.model();
        org.eclipse.leshan.core.model.ObjectModel leshan = LeshanModels.of(List.of(ddf))
                .getObjectModel(ddf.objectId());
        assertEquals(ours.version(), leshan.version);
        assertEquals(ours.resources().keySet(), leshan.resources.keySet());
        for (ResourceModel r : ours.resources().values()) {
            assertEquals(LeshanValues.leshanType(r.type()), leshan.resources.get(r.id()).type, ddf + " " + r.id());
            assertEquals(r.multiple(), leshan.resources.get(r.id()).multiple, ddf + " " + r.id());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDdf.class)
    void eachFileKeepsTheCommentHeaderItCameWith(TestDdf ddf) throws IOException {
        try (InputStream in = TestDdf.class.getResourceAsStream(ddf.resource())) {
            assertNotNull(in, ddf.resource());
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int comment = text.indexOf("<!--");
            assertTrue(comment >= 0 && comment < text.indexOf("<LWM2M"), ddf + " has no header before <LWM2M>");
        }
    }

    @Test
    void theCodecObjectsMakeOneLeshanModel() {
        LwM2mModel model = LeshanModels.of(TestDdf.CODEC_OBJECTS);
        for (TestDdf ddf : TestDdf.CODEC_OBJECTS) {
            assertEquals(ddf.version(), model.getObjectModel(ddf.objectId()).version);
        }
        assertEquals(TestDdf.CODEC_OBJECTS.size(), TestDdf.models(TestDdf.CODEC_OBJECTS).size());
    }

    @Test
    void oneLeshanModelCannotHoldTwoVersionsOfAnObject() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LeshanModels.of(List.of(TestDdf.SECURITY_1_1, TestDdf.SECURITY_1_2)));
        assertTrue(e.getMessage().contains("object 0 twice"), e.getMessage());
    }

    @Test
    void allTypesObjectHoldsEachTypeAtItsOrdinalSingleAndPlusTenMultiple() {
        ObjectModel all = AllTypes.model();
        assertEquals(AllTypes.ID, all.id());
        for (ResourceType type : ResourceType.values()) {
            if (type != ResourceType.NONE) {
                assertEquals(type, all.resource(AllTypes.singleId(type)).type());
                assertFalse(all.resource(AllTypes.singleId(type)).multiple());
                assertEquals(type, all.resource(AllTypes.multipleId(type)).type());
                assertTrue(all.resource(AllTypes.multipleId(type)).multiple());
                assertEquals(AllTypes.singleId(type), AllTypes.single(type).resourceId());
                assertEquals(AllTypes.multipleId(type), AllTypes.instanceOf(type, 7).resourceId());
                assertEquals(7, AllTypes.instanceOf(type, 7).resourceInstanceId());
            }
        }
        assertEquals(ResourceType.NONE, all.resource(20).type());
        assertEquals(ResourceType.INTEGER, all.resource(300).type());
        assertTrue(all.resource(1000).multiple());
    }
}
