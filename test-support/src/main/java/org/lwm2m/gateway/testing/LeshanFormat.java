package org.lwm2m.gateway.testing;

import java.util.List;

import org.eclipse.leshan.core.model.LwM2mModel;
import org.eclipse.leshan.core.node.codec.DefaultLwM2mDecoder;
import org.eclipse.leshan.core.node.codec.DefaultLwM2mEncoder;
import org.eclipse.leshan.core.request.ContentFormat;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.node.LwM2mNode;

/**
 * Eclipse Leshan's encoder and decoder for one content format over a set of test DDFs, taking and giving our
 * paths and nodes: the reference a codec of ours is checked against. Leshan's own failures come out as its
 * unchecked {@link org.eclipse.leshan.core.node.codec.CodecException}.
 */
public final class LeshanFormat {

    private final ContentFormat format;
    private final LwM2mModel model;
    private final DefaultLwM2mEncoder encoder = new DefaultLwM2mEncoder();
    private final DefaultLwM2mDecoder decoder = new DefaultLwM2mDecoder();

    /** @param contentFormat the CoAP content-format number, e.g. a codec's {@code contentFormat()} */
    public LeshanFormat(int contentFormat, List<TestDdf> objects) {
        this.format = ContentFormat.fromCode(contentFormat);
        this.model = LeshanModels.of(objects);
    }

    /** Leshan's bytes for our node at the path. */
    public byte[] encode(LwM2mPath path, LwM2mNode node) {
        return encoder.encode(LeshanNodes.toLeshan(node), format, LeshanNodes.toLeshan(path), model);
    }

    /** What Leshan reads from the payload at the path, as our node. */
    public LwM2mNode decode(LwM2mPath path, byte[] payload) {
        return LeshanNodes.fromLeshan(decoder.decode(payload, format, LeshanNodes.toLeshan(path), model));
    }
}
