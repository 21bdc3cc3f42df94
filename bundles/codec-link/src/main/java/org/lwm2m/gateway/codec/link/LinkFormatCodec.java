package org.lwm2m.gateway.codec.link;

import java.util.List;
import java.util.Objects;

import org.lwm2m.gateway.api.ContentFormats;
import org.lwm2m.gateway.api.codec.CodecException;
import org.lwm2m.gateway.api.codec.ContentCodec;
import org.lwm2m.gateway.api.codec.LinkCodec;
import org.lwm2m.gateway.api.codec.Utf8;
import org.lwm2m.gateway.api.link.Link;
import org.osgi.service.component.annotations.Component;

/** The CoRE Link Format (RFC 6690, content format 40) of registration and discover payloads. */
@Component(service = {ContentCodec.class, LinkCodec.class},
        property = ContentCodec.FORMAT_PROPERTY + ":Integer=" + ContentFormats.LINK)
public class LinkFormatCodec implements LinkCodec {

    @Override
    public int contentFormat() {
        return ContentFormats.LINK;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if a link cannot be written: a target that is not a URI reference, a
     *         parameter name outside the parmname characters, or a control character in a value
     */
    @Override
    public byte[] encode(List<Link> links) {
        return LinkFormatWriter.write(Objects.requireNonNull(links, "links"));
    }

    @Override
    public List<Link> decode(byte[] payload) throws CodecException {
        Objects.requireNonNull(payload, "payload");
        return List.copyOf(LinkFormatParser.parse(Utf8.decode(payload)));
    }
}
