package org.lwm2m.gateway.engine;

import java.util.List;

import org.eclipse.leshan.core.link.Link;
import org.eclipse.leshan.core.link.LinkParseException;
import org.eclipse.leshan.core.link.lwm2m.DefaultLwM2mLinkParser;
import org.eclipse.leshan.core.model.LwM2mModel;
import org.eclipse.leshan.core.node.LwM2mNode;
import org.eclipse.leshan.core.node.LwM2mPath;
import org.eclipse.leshan.core.node.codec.CodecException;
import org.eclipse.leshan.core.node.codec.DefaultLwM2mDecoder;
import org.eclipse.leshan.core.node.codec.DefaultLwM2mEncoder;
import org.eclipse.leshan.core.request.ContentFormat;
import org.lwm2m.gateway.testing.LeshanModels;
import org.lwm2m.gateway.testing.TestDdf;

/**
 * Eclipse Leshan's codecs over the same DDFs as the test objects: the independent judge of what the dispatcher
 * sends, and the author of what a real server would send.
 */
final class LeshanOracle {

    private final LwM2mModel model;
    private final DefaultLwM2mDecoder decoder = new DefaultLwM2mDecoder();
    private final DefaultLwM2mEncoder encoder = new DefaultLwM2mEncoder();
    private final DefaultLwM2mLinkParser linkParser = new DefaultLwM2mLinkParser();

    LeshanOracle() {
        model = LeshanModels.of(List.of(TestDdf.SECURITY_1_1, TestDdf.SERVER_1_1, TestDdf.ACCESS_CONTROL_1_0,
                TestDdf.DEVICE_1_2, TestDdf.LOCATION_1_0, TestDdf.BINARY_APP_DATA_1_0));
    }

    /** Decodes a payload the dispatcher sent for {@code path}. */
    <T extends LwM2mNode> T decode(byte[] payload, int format, String path, Class<T> type) throws CodecException {
        return decoder.decode(payload, ContentFormat.fromCode(format), new LwM2mPath(path), model, type);
    }

    /** Encodes a node the way a Leshan server would for a request to {@code path}. */
    byte[] encode(LwM2mNode node, int format, String path) throws CodecException {
        return encoder.encode(node, ContentFormat.fromCode(format), new LwM2mPath(path), model);
    }

    /** Parses a CoRE Link Format payload. */
    Link[] links(byte[] payload) throws LinkParseException {
        return linkParser.parseCoreLinkFormat(payload);
    }
}
