package org.lwm2m.gateway.api.codec;

import java.util.List;

import org.lwm2m.gateway.api.link.Link;

/** Encodes and decodes CoRE Link Format documents (RFC 6690). Stateless and thread-safe. */
public interface LinkCodec extends ContentCodec {

    byte[] encode(List<Link> links);

    /** @throws CodecException if the payload is not a valid link-format document */
    List<Link> decode(byte[] payload) throws CodecException;
}
