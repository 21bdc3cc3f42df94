package org.lwm2m.gateway.codec.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.codec.CodecException;
import org.lwm2m.gateway.api.link.Link;

/** Garbage, truncated and mutated documents: the decoder answers with links or a CodecException. */
class LinkFormatCodecFuzzTest {

    private static final int RUNS = 6000;
    private static final String ALPHABET = "</>;,=\"\\ %a1é\t";

    private final LinkFormatCodec codec = new LinkFormatCodec();

    @Test
    void garbageGivesLinksOrACodecExceptionNeverAnythingElse() {
        Random random = new Random(51);
        RandomLinks links = new RandomLinks(random, false);
        int rejected = 0;
        for (int i = 0; i < RUNS; i++) {
            byte[] payload = switch (i % 3) {
                case 0 -> randomBytes(random);
                case 1 -> randomText(random);
                default -> mutated(random, codec.encode(links.document()));
            };
            rejected += decodeOrReject(payload) ? 0 : 1;
        }
        assertTrue(rejected > RUNS / 2, "only " + rejected + " documents rejected");
    }

    @Test
    void everyTruncationOfALinkIsRejected() {
        Random random = new Random(52);
        RandomLinks links = new RandomLinks(random, false);
        for (int i = 0; i < RUNS / 10; i++) {
            Link link = links.link();
            byte[] bytes = codec.encode(List.of(link));
            String text = new String(bytes, StandardCharsets.UTF_8);
            for (int cut = 1; cut < text.length(); cut++) {
                String prefix = text.substring(0, cut);
                if (isStillALink(prefix, link)) {
                    continue;
                }
                byte[] truncated = prefix.getBytes(StandardCharsets.UTF_8);
                try {
                    codec.decode(truncated);
                    throw new AssertionError("accepted the truncated document " + prefix);
                } catch (CodecException expected) {
                    assertTrue(expected.getMessage().startsWith("invalid link format"));
                }
            }
        }
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

    private boolean decodeOrReject(byte[] payload) {
        List<Link> links;
        try {
            links = codec.decode(payload);
        } catch (CodecException e) {
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
            return false;
        } catch (RuntimeException e) {
            throw new AssertionError("decoding " + Arrays.toString(payload) + " threw " + e, e);
        }
        try {
            assertEquals(links, codec.decode(codec.encode(links)));
        } catch (CodecException e) {
            throw new AssertionError("accepted " + Arrays.toString(payload) + " but cannot write it back", e);
        }
        return true;
    }

    private static byte[] randomBytes(Random random) {
        byte[] b = new byte[random.nextInt(40)];
        random.nextBytes(b);
        return b;
    }

    private static byte[] randomText(Random random) {
        StringBuilder sb = new StringBuilder();
        int length = random.nextInt(30);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] mutated(Random random, byte[] valid) {
        if (valid.length == 0) {
            return randomText(random);
        }
        return switch (random.nextInt(3)) {
            case 0 -> Arrays.copyOf(valid, random.nextInt(valid.length));
            case 1 -> {
                byte[] changed = valid.clone();
                changed[random.nextInt(changed.length)] = (byte) ALPHABET.charAt(random.nextInt(ALPHABET.length()));
                yield changed;
            }
            default -> {
                byte[] changed = valid.clone();
                changed[random.nextInt(changed.length)] = (byte) random.nextInt(256);
                yield changed;
            }
        };
    }
}
