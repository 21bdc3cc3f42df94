package org.lwm2m.gateway.codec.link;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

import org.eclipse.leshan.core.link.DefaultLinkParser;
import org.eclipse.leshan.core.link.DefaultLinkSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lwm2m.gateway.api.link.Link;
import org.lwm2m.gateway.testing.LeshanLinks;
import org.lwm2m.gateway.testing.RandomLinks;

/** Our link format against Eclipse Leshan's parser and serializer, both ways. */
class LinkFormatCodecLeshanTest {

    private static final int DOCUMENTS = 2000;

    private final LinkFormatCodec codec = new LinkFormatCodec();
    private final DefaultLinkParser leshanParser = new DefaultLinkParser();
    private final DefaultLinkSerializer leshanSerializer = new DefaultLinkSerializer();

    @Test
    void leshanReadsWhatWeWrite() throws Exception {
        RandomLinks random = RandomLinks.leshanSafe(new Random(41));
        for (int i = 0; i < DOCUMENTS; i++) {
            List<Link> links = random.document();
            byte[] bytes = codec.encode(links);
            org.eclipse.leshan.core.link.Link[] parsed = leshanParser.parseCoreLinkFormat(bytes);
            assertEquals(links, LeshanLinks.fromLeshan(parsed), new String(bytes, UTF_8));
        }
    }

    @Test
    void weReadWhatLeshanWrites() throws Exception {
        RandomLinks random = RandomLinks.leshanSafe(new Random(42));
        for (int i = 0; i < DOCUMENTS; i++) {
            List<Link> links = random.document();
            String text = leshanSerializer.serializeCoreLinkFormat(LeshanLinks.toLeshan(links));
            assertEquals(links, codec.decode(text.getBytes(UTF_8)), text);
            assertEquals(text, new String(codec.encode(links), UTF_8), "same document as Leshan");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"</>;rt=\"oma.lwm2m\";ct=\"0 42 11542\",</1/0>,</3>;ver=1.2,</3/0>",
        "</>;rt=\"oma.lwm2m\";ct=40,</2>;ver=1.1", "</3/0/7>;dim=3;pmin=10;pmax=60,</3/0/13>",
        "</rd/abc>;rt=\"core.rd core.rd-lookup\""})
    void agreesWithLeshanOnLwM2mPayloads(String text) throws Exception {
        List<Link> ours = codec.decode(text.getBytes(UTF_8));
        String leshan = leshanSerializer.serializeCoreLinkFormat(leshanParser.parseCoreLinkFormat(
                text.getBytes(UTF_8)));
        assertEquals(text, leshan);
        assertEquals(text, new String(codec.encode(ours), UTF_8));
    }
}
