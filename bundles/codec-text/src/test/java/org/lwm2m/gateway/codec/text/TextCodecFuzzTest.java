package org.lwm2m.gateway.codec.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.codec.CodecException;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.model.ResourceType;
import org.lwm2m.gateway.api.node.LwM2mNode;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;

/** Garbage, truncated and mutated payloads: the decoder answers with a value or a CodecException, nothing else. */
class TextCodecFuzzTest {

    private static final ObjectModel ALL = TestModels.ours(TestModels.ALL_TYPES);
    private static final int RUNS_PER_TYPE = 3000;
    private static final String ALPHABET = "0123456789-+.:eE,;<>=\"/ aAzZ\u00e9\u2603";

    private final TextCodec codec = new TextCodec();

    @Test
    void garbageGivesAValueOrACodecExceptionNeverAnythingElse() {
        Random random = new Random(31);
        for (ResourceType type : ResourceType.values()) {
            if (type == ResourceType.NONE) {
                continue;
            }
            LwM2mPath path = LwM2mPath.of(ALL.id(), 0, type.ordinal());
            int rejected = 0;
            for (int i = 0; i < RUNS_PER_TYPE; i++) {
                byte[] payload = switch (i % 3) {
                    case 0 -> randomBytes(random);
                    case 1 -> randomText(random);
                    default -> mutated(random, type);
                };
                rejected += decodeOrReject(path, payload) ? 0 : 1;
            }
            if (type != ResourceType.STRING && type != ResourceType.CORELNK) {
                assertTrue(rejected > RUNS_PER_TYPE / 3, type + ": only " + rejected + " payloads rejected");
            }
        }
    }

    @Test
    void invalidUtf8IsAlwaysRejectedForTextualTypes() {
        Random random = new Random(32);
        for (int i = 0; i < RUNS_PER_TYPE; i++) {
            byte[] payload = randomText(random);
            int at = random.nextInt(payload.length + 1);
            byte[] broken = new byte[payload.length + 1];
            System.arraycopy(payload, 0, broken, 0, at);
            broken[at] = (byte) (0x80 + random.nextInt(0x40));
            System.arraycopy(payload, at, broken, at + 1, payload.length - at);
            for (ResourceType type : new ResourceType[] {ResourceType.STRING, ResourceType.CORELNK}) {
                LwM2mPath path = LwM2mPath.of(ALL.id(), 0, type.ordinal());
                try {
                    codec.decode(path, broken, ALL);
                    fail("accepted invalid UTF-8 " + Arrays.toString(broken));
                } catch (CodecException expected) {
                    assertTrue(expected.getMessage().contains("UTF-8"));
                }
            }
        }
    }

    /** Decodes; on success checks that the value writes back and reads back the same. */
    private boolean decodeOrReject(LwM2mPath path, byte[] payload) {
        LwM2mNode node;
        try {
            node = codec.decode(path, payload, ALL);
        } catch (CodecException e) {
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
            return false;
        } catch (RuntimeException e) {
            throw new AssertionError("decoding " + Arrays.toString(payload) + " threw " + e, e);
        }
        try {
            byte[] again = codec.encode(path, node, ALL);
            assertEquals(node, codec.decode(path, again, ALL));
            assertArrayEquals(again, codec.encode(path, codec.decode(path, again, ALL), ALL));
        } catch (CodecException e) {
            throw new AssertionError("accepted " + Arrays.toString(payload) + " but cannot write it back", e);
        }
        return true;
    }

    private static byte[] randomBytes(Random random) {
        byte[] b = new byte[random.nextInt(24)];
        random.nextBytes(b);
        return b;
    }

    private static byte[] randomText(Random random) {
        StringBuilder sb = new StringBuilder();
        int length = random.nextInt(16);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A valid payload of the type, truncated, extended or with one byte changed. */
    private byte[] mutated(Random random, ResourceType type) {
        Value value = new RandomValues(random, false).next(type);
        if (value instanceof Value.Float f && !Double.isFinite(f.value())) {
            value = Value.of(1.25);
        }
        byte[] valid;
        try {
            valid = codec.encode(LwM2mPath.of(ALL.id(), 0, type.ordinal()), new SingleResource(type.ordinal(),
                    value), ALL);
        } catch (CodecException e) {
            throw new AssertionError(e);
        }
        if (valid.length == 0) {
            return new byte[] {(byte) random.nextInt(256)};
        }
        return switch (random.nextInt(3)) {
            case 0 -> Arrays.copyOf(valid, random.nextInt(valid.length));
            case 1 -> {
                byte[] longer = Arrays.copyOf(valid, valid.length + 1);
                longer[valid.length] = (byte) ALPHABET.charAt(random.nextInt(ALPHABET.length() - 2));
                yield longer;
            }
            default -> {
                byte[] changed = valid.clone();
                changed[random.nextInt(changed.length)] = (byte) random.nextInt(256);
                yield changed;
            }
        };
    }
}
