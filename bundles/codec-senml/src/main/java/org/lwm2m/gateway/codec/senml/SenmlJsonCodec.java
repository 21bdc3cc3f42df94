package org.lwm2m.gateway.codec.senml;

import java.io.IOException;
import java.util.Base64;

import org.lwm2m.gateway.api.ContentFormats;
import org.lwm2m.gateway.api.codec.CodecException;
import org.lwm2m.gateway.api.codec.ContentCodec;
import org.lwm2m.gateway.api.codec.NodeCodec;
import org.lwm2m.gateway.api.codec.senml.SenmlLabel;
import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;

/**
 * SenML JSON (content format 110, RFC 8428 §5 with the LwM2M rules of Core 1.1 §7.4.4): fields by name, opaque values
 * in base64url without padding.
 */
@Component(service = {ContentCodec.class, NodeCodec.class},
        property = ContentCodec.FORMAT_PROPERTY + ":Integer=" + ContentFormats.SENML_JSON)
public class SenmlJsonCodec extends JacksonSenmlCodec {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    public SenmlJsonCodec() {
        super(JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build(), "SenML JSON");
    }

    @Override
    public int contentFormat() {
        return ContentFormats.SENML_JSON;
    }

    @Override
    void writeLabel(JsonGenerator out, SenmlLabel label) throws IOException {
        out.writeFieldName(label.jsonName());
    }

    @Override
    void writeData(JsonGenerator out, byte[] data) throws IOException {
        out.writeString(BASE64URL.encodeToString(data));
    }

    @Override
    SenmlLabel label(String fieldName) {
        return SenmlLabel.ofJsonName(fieldName);
    }

    /** Base64url, with or without padding. */
    @Override
    Object dataFromText(String text) throws CodecException {
        try {
            return Base64.getUrlDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new CodecException("SenML vd is not base64url", e);
        }
    }
}
