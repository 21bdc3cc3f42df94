package org.lwm2m.gateway.codec.json;

import org.lwm2m.gateway.api.ContentFormats;
import org.lwm2m.gateway.api.codec.ContentCodec;
import org.lwm2m.gateway.api.codec.NodeCodec;
import org.osgi.service.component.annotations.Component;

/**
 * The same OMA JSON under the number LwM2M 1.0 servers used before 11543 was registered (1543), so that their
 * requests are understood. It is never advertised in the Register's {@code ct}.
 */
@Component(service = {ContentCodec.class, NodeCodec.class},
        property = ContentCodec.FORMAT_PROPERTY + ":Integer=" + ContentFormats.OLD_JSON)
public class LegacyOmaJsonCodec extends OmaJsonCodec {

    @Override
    public int contentFormat() {
        return ContentFormats.OLD_JSON;
    }
}
