package org.lwm2m.gateway.testing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.eclipse.leshan.core.link.DefaultLinkParser;
import org.eclipse.leshan.core.link.DefaultLinkSerializer;
import org.eclipse.leshan.core.node.LwM2mSingleResource;
import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.ContentFormats;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.link.Link;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.model.ResourceType;
import org.lwm2m.gateway.api.node.ObjectNode;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;

/** Our trees, values and links through Leshan's types and back. */
class LeshanConversionTest {

    @Test
    void treesOfEveryCodecObjectComeBackAsTheyWent() {
        RandomTrees trees = new RandomTrees(new Random(9), RandomValues.Range.LESHAN_DATE);
        int nodes = 0;
        for (ObjectModel model : TestDdf.models(TestDdf.CODEC_OBJECTS)) {
            for (int i = 0; i < 30; i++) {
                ObjectNode object = trees.object(model);
                for (NodeAt at : NodeAt.everyLevelOf(object)) {
                    assertEquals(at.node(), LeshanNodes.fromLeshan(LeshanNodes.toLeshan(at.node())), at.path()
                            .toString());
                    nodes++;
                }
            }
        }
        assertTrue(nodes > 500, nodes + " nodes");
    }

    @Test
    void valuesTakeLeshansJavaTypes() {
        assertEquals(new org.eclipse.leshan.core.node.ObjectLink(3, 0),
                LeshanValues.toLeshan(Value.of(new org.lwm2m.gateway.api.node.ObjectLink(3, 0))));
        assertEquals(new java.util.Date(-5000), LeshanValues.toLeshan(Value.time(-5)));
        assertEquals(Value.unsigned(-1L), LeshanValues.fromLeshan(
                org.eclipse.leshan.core.model.ResourceModel.Type.UNSIGNED_INTEGER,
                LeshanValues.toLeshan(Value.unsigned(-1L))));
        assertEquals(Value.time(-1), LeshanValues.fromLeshan(org.eclipse.leshan.core.model.ResourceModel.Type.TIME,
                new java.util.Date(-1)), "a time before 1970 rounds down to whole seconds");
    }

    @Test
    void everyDataTypeMapsToLeshansAndBack() {
        for (ResourceType type : ResourceType.values()) {
            assertEquals(type, LeshanValues.ourType(LeshanValues.leshanType(type)));
        }
    }

    @Test
    void anInvalidCoreLinkValueIsATestError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LeshanValues.toLeshan(Value.corelnk("not a link")));
        assertTrue(e.getMessage().contains("not a link"));
    }

    @Test
    void linksComeBackAsTheyWent() throws Exception {
        RandomLinks links = RandomLinks.leshanSafe(new Random(10));
        DefaultLinkSerializer serializer = new DefaultLinkSerializer();
        DefaultLinkParser parser = new DefaultLinkParser();
        for (int i = 0; i < 500; i++) {
            List<Link> document = links.document();
            org.eclipse.leshan.core.link.Link[] leshan = LeshanLinks.toLeshan(document);
            assertEquals(document, LeshanLinks.fromLeshan(leshan));
            String text = serializer.serializeCoreLinkFormat(leshan);
            assertEquals(document, LeshanLinks.fromLeshan(parser.parseCoreLinkFormat(text.getBytes(UTF_8))), text);
        }
    }

    @Test
    void leshanFormatSpeaksOurPathsAndNodes() {
        LeshanFormat text = new LeshanFormat(ContentFormats.TEXT, List.of(TestDdf.DEVICE_1_2));
        LwM2mPath manufacturer = LwM2mPath.of(3, 0, 0);
        SingleResource node = new SingleResource(0, Value.of("Open Mobile Alliance"));
        assertArrayEquals("Open Mobile Alliance".getBytes(UTF_8), text.encode(manufacturer, node));
        assertEquals(node, text.decode(manufacturer, "Open Mobile Alliance".getBytes(UTF_8)));
        assertEquals(LwM2mSingleResource.class, LeshanNodes.toLeshan(node).getClass());
        assertEquals("/3/0/0", LeshanNodes.toLeshan(manufacturer).toString());
    }
}
