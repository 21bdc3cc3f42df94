package org.lwm2m.gateway.codec.opaque;

import java.util.Objects;

import org.lwm2m.gateway.api.ContentFormats;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.codec.CodecException;
import org.lwm2m.gateway.api.codec.ContentCodec;
import org.lwm2m.gateway.api.codec.NodeCodec;
import org.lwm2m.gateway.api.codec.SingleValueTarget;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.model.ResourceType;
import org.lwm2m.gateway.api.node.LwM2mNode;
import org.lwm2m.gateway.api.node.Value;
import org.osgi.service.component.annotations.Component;

/**
 * The opaque format (content format 42): the raw bytes of one OPAQUE single resource or resource instance, such as a
 * firmware package.
 */
@Component(service = {ContentCodec.class, NodeCodec.class},
        property = ContentCodec.FORMAT_PROPERTY + ":Integer=" + ContentFormats.OPAQUE)
public class OpaqueCodec implements NodeCodec {

    @Override
    public int contentFormat() {
        return ContentFormats.OPAQUE;
    }

    @Override
    public boolean supports(LwM2mPath path, ObjectModel model) {
        return SingleValueTarget.isSingleValue(path, model)
                && model.resource(path.resourceId()).type() == ResourceType.OPAQUE;
    }

    @Override
    public byte[] encode(LwM2mPath path, LwM2mNode node, ObjectModel model) throws CodecException {
        Objects.requireNonNull(node, "node");
        return ((Value.Opaque) opaqueTarget(path, model).valueOf(node)).value();
    }

    @Override
    public LwM2mNode decode(LwM2mPath path, byte[] payload, ObjectModel model) throws CodecException {
        Objects.requireNonNull(payload, "payload");
        return opaqueTarget(path, model).nodeOf(Value.of(payload));
    }

    private static SingleValueTarget opaqueTarget(LwM2mPath path, ObjectModel model) throws CodecException {
        SingleValueTarget target = SingleValueTarget.resolve(path, model);
        if (target.type() != ResourceType.OPAQUE) {
            throw new CodecException(path + " is " + target.type() + ", the opaque format carries OPAQUE only");
        }
        return target;
    }
}
