package org.lwm2m.gateway.codec.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.codec.CodecException;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.model.ResourceType;
import org.lwm2m.gateway.api.node.LwM2mNode;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.testing.AllTypes;
import org.lwm2m.gateway.testing.DecoderFuzz;
import org.lwm2m.gateway.testing.Garbage;
import org.lwm2m.gateway.testing.RandomValues;
import org.lwm2m.gateway.testing.RoundTrips;

/** Garbage, truncated and mutated payloads: the decoder answers with a value or a CodecException, nothing else. */
class TextCodecFuzzTest {

    private static final ObjectModel ALL = AllTypes.model();
    private static final int RUNS_PER_TYPE = 3000;
    private static final String ALPHABET = "0123456789-+.:eE,;<>=\"/ aAzZ\u00e9\u2603";
    private static final int MAX_LENGTH = 24;

    private final TextCodec codec = new TextCodec();

    private DecoderFuzz<LwM2mNode> fuzz(LwM2mPath path) {
        return new DecoderFuzz<>(path.toString(), payload -> codec.decode(path, payload, ALL),
                node -> RoundTrips.assertReadsBack(codec, path, node, ALL));
    }

    @Test
    void garbageGivesAValueOrACodecExceptionNeverAnythingElse() {
        Random random = new Random(31);
        Garbage garbage = new Garbage(random, MAX_LENGTH, ALPHABET);
        RandomValues values = new RandomValues(random, RandomValues.Range.FULL);
        for (ResourceType type : ResourceType.values()) {
            if (type == ResourceType.NONE) {
                continue;
            }
            LwM2mPath path = AllTypes.single(type);
            int rejected = fuzz(path).countRejected(RUNS_PER_TYPE, i -> garbage.next(i, () -> encode(path,
                    values.next(type))));
            if (type != ResourceType.STRING && type != ResourceType.CORELNK) {
                assertTrue(rejected > RUNS_PER_TYPE / 3, type + ": only " + rejected + " payloads rejected");
            }
        }
    }

    @Test
    void invalidUtf8IsAlwaysRejectedForTextualTypes() {
        Random random = new Random(32);
        Garbage garbage = new Garbage(random, MAX_LENGTH, ALPHABET);
        for (int i = 0; i < RUNS_PER_TYPE; i++) {
            byte[] payload = garbage.text();
            int at = random.nextInt(payload.length + 1);
            byte[] broken = new byte[payload.length + 1];
            System.arraycopy(payload, 0, broken, 0, at);
            broken[at] = (byte) (0x80 + random.nextInt(0x40));
            System.arraycopy(payload, at, broken, at + 1, payload.length - at);
            for (ResourceType type : new ResourceType[] {ResourceType.STRING, ResourceType.CORELNK}) {
                CodecException e = fuzz(AllTypes.single(type)).assertRejected(broken);
                assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
            }
        }
    }

    private byte[] encode(LwM2mPath path, Value value) {
        try {
            return codec.encode(path, new SingleResource(path.resourceId(), value), ALL);
        } catch (CodecException e) {
            throw new AssertionError("cannot write the valid value " + value, e);
        }
    }
}
