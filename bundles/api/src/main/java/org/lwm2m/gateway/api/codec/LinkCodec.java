package org.lwm2m.gateway.api.codec;

import java.util.List;

import org.lwm2m.gateway.api.link.Link;
import org.osgi.annotation.versioning.ConsumerType;

/** Encodes and decodes CoRE Link Format documents (RFC 6690). Stateless and thread-safe. */
@ConsumerType
public interface LinkCodec extends ContentCodec {

    byte[] encode(List<Link> links);

    /** @throws CodecException if the payload is not a valid link-format document */
    List<Link> decode(byte[] payload) throws CodecException;
}
