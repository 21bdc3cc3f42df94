package org.lwm2m.gateway.codec.senml;

import java.io.IOException;

import org.lwm2m.gateway.api.ContentFormats;
import org.lwm2m.gateway.api.codec.ContentCodec;
import org.lwm2m.gateway.api.codec.NodeCodec;
import org.lwm2m.gateway.api.codec.senml.SenmlLabel;
import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;

/**
 * SenML CBOR (content format 112, RFC 8428 §6 with the LwM2M rules of Core 1.1 §7.4.5): the integer labels of RFC
 * 8428 ("vlo", which has none, by name), opaque values as byte strings. Written with the shortest integers and floats
 * that hold the value exactly, arrays and maps of definite length; read in any width CBOR allows (half, single and
 * double floats, integers up to 64 bits, bignums). Unsigned values from 2^63 on are written as bignums (tag 2), the
 * one way Jackson writes them, with a leading zero byte that every reader takes. One limit comes from Jackson 2.15:
 * it reads the bytes of a bignum as two's complement, so a bignum whose first byte is 0x80 or more reads as a
 * negative number, which an unsigned resource refuses.
 */
@Component(service = {ContentCodec.class, NodeCodec.class},
        property = ContentCodec.FORMAT_PROPERTY + ":Integer=" + ContentFormats.SENML_CBOR)
public class SenmlCborCodec extends JacksonSenmlCodec {

    public SenmlCborCodec() {
        super(CBORFactory.builder()
                .enable(CBORGenerator.Feature.WRITE_MINIMAL_INTS)
                .enable(CBORGenerator.Feature.WRITE_MINIMAL_DOUBLES)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build(), "SenML CBOR");
    }

    @Override
    public int contentFormat() {
        return ContentFormats.SENML_CBOR;
    }

    @Override
    void writeLabel(JsonGenerator out, SenmlLabel label) throws IOException {
        if (label.cborLabel() != null) {
            ((CBORGenerator) out).writeFieldId(label.cborLabel());
        } else {
            out.writeFieldName(label.jsonName());
        }
    }

    @Override
    void writeData(JsonGenerator out, byte[] data) throws IOException {
        out.writeBinary(data);
    }

    /** An integer label, which Jackson hands over as its decimal text, or a field name. */
    @Override
    SenmlLabel label(String fieldName) {
        if (!fieldName.isEmpty() && fieldName.length() < 8 && fieldName.matches("-?[0-9]+")) {
            return SenmlLabel.ofCborLabel(Integer.parseInt(fieldName));
        }
        return SenmlLabel.ofJsonName(fieldName);
    }

    /** CBOR carries bytes as a byte string: text in {@code vd} stays text, which the record refuses. */
    @Override
    Object dataFromText(String text) {
        return text;
    }
}
