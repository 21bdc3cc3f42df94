package org.lwm2m.gateway.codec.tlv;

import java.util.Objects;

import org.lwm2m.gateway.api.ContentFormats;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.codec.CodecException;
import org.lwm2m.gateway.api.codec.ContentCodec;
import org.lwm2m.gateway.api.codec.NodeCodec;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.node.LwM2mNode;
import org.osgi.service.component.annotations.Component;

/** The OMA TLV format (content format 11542, LwM2M Core §7.4.3): objects, instances, resources, resource instances. */
@Component(service = {ContentCodec.class, NodeCodec.class},
        property = ContentCodec.FORMAT_PROPERTY + ":Integer=" + ContentFormats.TLV)
public class TlvCodec implements NodeCodec {

    @Override
    public int contentFormat() {
        return ContentFormats.TLV;
    }

    @Override
    public boolean supports(LwM2mPath path, ObjectModel model) {
        return NodeCodec.holdsValues(path, model);
    }

    @Override
    public byte[] encode(LwM2mPath path, LwM2mNode node, ObjectModel model) throws CodecException {
        return TlvEncoder.encode(path, Objects.requireNonNull(node, "node"), model);
    }

    @Override
    public LwM2mNode decode(LwM2mPath path, byte[] payload, ObjectModel model) throws CodecException {
        return TlvDecoder.decode(path, Objects.requireNonNull(payload, "payload"), model);
    }
}
