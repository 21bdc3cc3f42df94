package org.lwm2m.gateway.codec.text;

import java.util.Objects;

import org.lwm2m.gateway.api.ContentFormats;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.codec.CodecException;
import org.lwm2m.gateway.api.codec.ContentCodec;
import org.lwm2m.gateway.api.codec.NodeCodec;
import org.lwm2m.gateway.api.codec.SingleValueTarget;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.node.LwM2mNode;
import org.osgi.service.component.annotations.Component;

/**
 * The LwM2M plain-text format (content format 0): one value of a single resource or of a resource instance,
 * numbers in decimal, booleans as 0/1, object links as "3:0", opaque values in base64.
 */
@Component(service = {ContentCodec.class, NodeCodec.class},
        property = ContentCodec.FORMAT_PROPERTY + ":Integer=" + ContentFormats.TEXT)
public class TextCodec implements NodeCodec {

    @Override
    public int contentFormat() {
        return ContentFormats.TEXT;
    }

    @Override
    public boolean supports(LwM2mPath path, ObjectModel model) {
        return SingleValueTarget.isSingleValue(path, model);
    }

    @Override
    public byte[] encode(LwM2mPath path, LwM2mNode node, ObjectModel model) throws CodecException {
        Objects.requireNonNull(node, "node");
        return TextValues.format(SingleValueTarget.resolve(path, model).valueOf(node));
    }

    @Override
    public LwM2mNode decode(LwM2mPath path, byte[] payload, ObjectModel model) throws CodecException {
        Objects.requireNonNull(payload, "payload");
        SingleValueTarget target = SingleValueTarget.resolve(path, model);
        return target.nodeOf(TextValues.parse(target.type(), payload));
    }
}
