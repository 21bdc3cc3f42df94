package org.lwm2m.gateway.codec.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.codec.CodecException;
import org.lwm2m.gateway.api.link.Link;
import org.lwm2m.gateway.testing.DecoderFuzz;
import org.lwm2m.gateway.testing.Garbage;
import org.lwm2m.gateway.testing.RandomLinks;

/** Garbage, truncated and mutated documents: the decoder answers with links or a CodecException. */
class LinkFormatCodecFuzzTest {

    private static final int RUNS = 6000;
    private static final String ALPHABET = "</>;,=\"\\ %a1é\t";
    private static final int MAX_LENGTH = 40;

    private final LinkFormatCodec codec = new LinkFormatCodec();
    private final DecoderFuzz<List<Link>> fuzz = new DecoderFuzz<>("a link document", codec::decode,
            this::writesBack);

    @Test
    void garbageGivesLinksOrACodecExceptionNeverAnythingElse() {
        Random random = new Random(51);
        Garbage garbage = new Garbage(random, MAX_LENGTH, ALPHABET);
        RandomLinks links = RandomLinks.any(random);
        int rejected = fuzz.countRejected(RUNS, i -> garbage.next(i, () -> codec.encode(links.document())));
        assertTrue(rejected > RUNS / 2, "only " + rejected + " documents rejected");
    }

    @Test
    void everyTruncationOfALinkIsRejected() {
        RandomLinks links = RandomLinks.any(new Random(52));
        for (int i = 0; i < RUNS / 10; i++) {
            Link link = links.link();
            String text = new String(codec.encode(List.of(link)), StandardCharsets.UTF_8);
            for (int cut = 1; cut < text.length(); cut++) {
                String prefix = text.substring(0, cut);
                if (!isStillALink(prefix, link)) {
                    CodecException e = fuzz.assertRejected(prefix.getBytes(StandardCharsets.UTF_8));
                    assertTrue(e.getMessage().startsWith("invalid link format"), e.getMessage());
                }
            }
        }
    }

    /** Accepted links write back as the same links. */
    private void writesBack(List<Link> links) throws CodecException {
        assertEquals(links, codec.decode(codec.encode(links)));
    }

    /** A cut right after a complete parameter, or inside a parameter name or token, still reads as a link. */
    private boolean isStillALink(String prefix, Link link) {
        try {
            List<Link> decoded = codec.decode(prefix.getBytes(StandardCharsets.UTF_8));
            return decoded.size() == 1 && decoded.get(0).target().equals(link.target())
                    && decoded.get(0).params().size() <= link.params().size();
        } catch (CodecException e) {
            return false;
        }
    }
}
