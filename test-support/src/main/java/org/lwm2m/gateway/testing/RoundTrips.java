package org.lwm2m.gateway.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.codec.CodecException;
import org.lwm2m.gateway.api.codec.NodeCodec;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.node.LwM2mNode;

/** The round-trip assertion for node codecs: what a codec writes, it reads back as it was, and writes the same. */
public final class RoundTrips {

    private RoundTrips() {
    }

    /**
     * Encodes the node, decodes the bytes, and asserts that the result equals the node and encodes to the same
     * bytes again.
     *
     * @return the bytes the codec wrote
     * @throws CodecException if the codec refuses the node or its own bytes
     */
    public static byte[] assertReadsBack(NodeCodec codec, LwM2mPath path, LwM2mNode node, ObjectModel model)
            throws CodecException {
        byte[] bytes = codec.encode(path, node, model);
        LwM2mNode decoded = codec.decode(path, bytes, model);
        assertEquals(node, decoded, path.toString());
        assertArrayEquals(bytes, codec.encode(path, decoded, model), path.toString());
        return bytes;
    }
}
