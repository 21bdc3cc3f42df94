package org.lwm2m.gateway.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.codec.CodecException;
import org.lwm2m.gateway.api.codec.NodeCodec;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.node.LwM2mNode;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;

class RoundTripsTest {

    private static final ObjectModel ALL = AllTypes.model();
    private static final LwM2mPath PATH = LwM2mPath.of(AllTypes.ID, 0, 1);

    /** Writes an integer resource as decimal text; reads it back, or reads it wrong if {@code lossy}. */
    private record DecimalCodec(boolean lossy) implements NodeCodec {

        @Override
        public int contentFormat() {
            return 0;
        }

        @Override
        public boolean supports(LwM2mPath path, ObjectModel model) {
            return path.isResource();
        }

        @Override
        public byte[] encode(LwM2mPath path, LwM2mNode node, ObjectModel model) {
            return Long.toString(((Value.Int) ((SingleResource) node).value()).value())
                    .getBytes(StandardCharsets.US_ASCII);
        }

        @Override
        public LwM2mNode decode(LwM2mPath path, byte[] payload, ObjectModel model) throws CodecException {
            try {
                long value = Long.parseLong(new String(payload, StandardCharsets.US_ASCII));
                return new SingleResource(path.resourceId(), Value.of(lossy ? value / 10 : value));
            } catch (NumberFormatException e) {
                throw new CodecException("not an integer");
            }
        }
    }

    @Test
    void passesForACodecThatReadsBackWhatItWrites() throws CodecException {
        assertArrayEquals("-42".getBytes(StandardCharsets.US_ASCII), RoundTrips.assertReadsBack(
                new DecimalCodec(false), PATH, new SingleResource(1, Value.of(-42L)), ALL));
    }

    @Test
    void failsForACodecThatReadsBackSomethingElse() {
        assertThrows(AssertionError.class, () -> RoundTrips.assertReadsBack(new DecimalCodec(true), PATH,
                new SingleResource(1, Value.of(-42L)), ALL));
    }
}
