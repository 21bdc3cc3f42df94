package org.lwm2m.gateway.api.codec;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A codec for one CoAP content format. Registered as a service together with {@link NodeCodec} or
 * {@link LinkCodec}, with the service property {@value #FORMAT_PROPERTY} set to {@link #contentFormat()}.
 */
@ConsumerType
public interface ContentCodec {

    /** Service property holding the content-format number. */
    String FORMAT_PROPERTY = "lwm2m.content.format";

    /** The CoAP content-format number this codec reads and writes. */
    int contentFormat();
}
