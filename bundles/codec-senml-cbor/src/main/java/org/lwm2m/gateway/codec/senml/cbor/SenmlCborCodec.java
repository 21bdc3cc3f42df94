package org.lwm2m.gateway.codec.senml.cbor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.lwm2m.gateway.api.ContentFormats;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.codec.CodecException;
import org.lwm2m.gateway.api.codec.ContentCodec;
import org.lwm2m.gateway.api.codec.NodeCodec;
import org.lwm2m.gateway.api.codec.senml.SenmlLabel;
import org.lwm2m.gateway.api.codec.senml.SenmlPack;
import org.lwm2m.gateway.api.codec.senml.SenmlRecord;
import org.lwm2m.gateway.api.codec.senml.SenmlValue;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.node.LwM2mNode;
import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;
import com.fasterxml.jackson.dataformat.cbor.CBORParser;

/**
 * SenML CBOR (content format 112, RFC 8428 §6 with the LwM2M rules of Core 1.1 §7.4.5): an array of maps with the
 * integer labels of RFC 8428 ("vlo", which has none, by name), opaque values as byte strings. Written with the
 * shortest integers and floats that hold the value exactly; read in any width CBOR allows (half, single and double
 * floats, integers up to 64 bits and bignums). One limit comes from Jackson 2.15: it reads the bytes of a bignum
 * (tag 2) as two's complement, so a bignum whose first byte is 0x80 or more reads as a negative number, which an
 * unsigned resource refuses. Jackson itself writes bignums with a leading zero byte, which every reader takes.
 */
@Component(service = {ContentCodec.class, NodeCodec.class},
        property = ContentCodec.FORMAT_PROPERTY + ":Integer=" + ContentFormats.SENML_CBOR)
public class SenmlCborCodec implements NodeCodec {

    private static final CBORFactory CBOR = CBORFactory.builder()
            .enable(CBORGenerator.Feature.WRITE_MINIMAL_INTS)
            .enable(CBORGenerator.Feature.WRITE_MINIMAL_DOUBLES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    @Override
    public int contentFormat() {
        return ContentFormats.SENML_CBOR;
    }

    @Override
    public boolean supports(LwM2mPath path, ObjectModel model) {
        return SenmlPack.supports(path, model);
    }

    @Override
    public byte[] encode(LwM2mPath path, LwM2mNode node, ObjectModel model) throws CodecException {
        List<SenmlRecord> records = SenmlPack.encode(path, Objects.requireNonNull(node, "node"), model);
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 + 16 * records.size());
        try (CBORGenerator cbor = CBOR.createGenerator(out)) {
            cbor.writeStartArray(null, records.size());
            for (SenmlRecord record : records) {
                write(cbor, record);
            }
            cbor.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return out.toByteArray();
    }

    /** One record as a map of definite length, as a CBOR array of definite length holds them: no break codes. */
    private static void write(CBORGenerator cbor, SenmlRecord record) throws IOException {
        int fields = (record.baseName() != null ? 1 : 0) + (record.baseTime() != null ? 1 : 0)
                + (record.name() != null ? 1 : 0) + (record.time() != null ? 1 : 0) + (record.value() != null ? 1 : 0);
        cbor.writeStartObject(record, fields);
        if (record.baseName() != null) {
            label(cbor, SenmlLabel.BASE_NAME);
            cbor.writeString(record.baseName());
        }
        if (record.baseTime() != null) {
            label(cbor, SenmlLabel.BASE_TIME);
            cbor.writeNumber(record.baseTime());
        }
        if (record.name() != null) {
            label(cbor, SenmlLabel.NAME);
            cbor.writeString(record.name());
        }
        if (record.time() != null) {
            label(cbor, SenmlLabel.TIME);
            cbor.writeNumber(record.time());
        }
        SenmlValue value = record.value();
        if (value instanceof SenmlValue.Numeric n) {
            label(cbor, SenmlLabel.VALUE);
            writeNumber(cbor, n.value());
        } else if (value instanceof SenmlValue.Text t) {
            label(cbor, SenmlLabel.STRING_VALUE);
            cbor.writeString(t.value());
        } else if (value instanceof SenmlValue.Bool b) {
            label(cbor, SenmlLabel.BOOLEAN_VALUE);
            cbor.writeBoolean(b.value());
        } else if (value instanceof SenmlValue.Data d) {
            label(cbor, SenmlLabel.DATA_VALUE);
            cbor.writeBinary(d.value());
        } else if (value instanceof SenmlValue.ObjectLink l) {
            label(cbor, SenmlLabel.OBJECT_LINK_VALUE);
            cbor.writeString(l.value());
        }
        cbor.writeEndObject();
    }

    private static void label(CBORGenerator cbor, SenmlLabel label) throws IOException {
        if (label.cborLabel() != null) {
            cbor.writeFieldId(label.cborLabel());
        } else {
            cbor.writeFieldName(label.jsonName());
        }
    }

    /** Unsigned integers from 2^63 on go as a bignum (tag 2), the one way Jackson writes them. */
    private static void writeNumber(CBORGenerator cbor, Number n) throws IOException {
        if (n instanceof Long l) {
            cbor.writeNumber(l);
        } else if (n instanceof BigInteger big) {
            cbor.writeNumber(big);
        } else {
            cbor.writeNumber(n.doubleValue());
        }
    }

    @Override
    public LwM2mNode decode(LwM2mPath path, byte[] payload, ObjectModel model) throws CodecException {
        Objects.requireNonNull(payload, "payload");
        return SenmlPack.decode(path, records(payload), model);
    }

    private static List<SenmlRecord> records(byte[] payload) throws CodecException {
        List<SenmlRecord> records = new ArrayList<>();
        try (CBORParser cbor = CBOR.createParser(payload)) {
            if (cbor.nextToken() != JsonToken.START_ARRAY) {
                throw new CodecException("SenML CBOR is an array of records");
            }
            for (JsonToken token = cbor.nextToken(); token != JsonToken.END_ARRAY; token = cbor.nextToken()) {
                if (token != JsonToken.START_OBJECT) {
                    throw new CodecException("a SenML CBOR record is a map, not " + describe(token));
                }
                records.add(record(cbor));
            }
            if (cbor.nextToken() != null) {
                throw new CodecException("content after the SenML CBOR array");
            }
        } catch (JsonProcessingException e) {
            throw new CodecException("malformed SenML CBOR: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory failed", e);
        }
        return records;
    }

    private static SenmlRecord record(CBORParser cbor) throws IOException, CodecException {
        SenmlRecord.Builder record = new SenmlRecord.Builder();
        for (String key = cbor.nextFieldName(); key != null; key = cbor.nextFieldName()) {
            JsonToken token = cbor.nextToken();
            SenmlLabel label = label(key);
            if (label == null) {
                if (!SenmlLabel.mayIgnore(key)) {
                    throw new CodecException("SenML field " + key + " must be understood and is not");
                }
                cbor.skipChildren();
                continue;
            }
            record.set(label, content(cbor, token, label));
        }
        return record.build();
    }

    /** The label of a map key: an integer label (Jackson hands it over as its decimal text) or a field name. */
    private static SenmlLabel label(String key) {
        if (!key.isEmpty() && key.length() < 8 && key.matches("-?[0-9]+")) {
            return SenmlLabel.ofCborLabel(Integer.parseInt(key));
        }
        return SenmlLabel.ofJsonName(key);
    }

    /** The field's content as {@link SenmlRecord.Builder#set} takes it; containers are refused. */
    private static Object content(CBORParser cbor, JsonToken token, SenmlLabel label)
            throws IOException, CodecException {
        return switch (token) {
            case VALUE_STRING -> cbor.getText();
            case VALUE_EMBEDDED_OBJECT -> cbor.getBinaryValue();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> cbor.getNumberValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> throw new CodecException("SenML field " + label.jsonName() + " holds " + describe(token));
        };
    }

    private static String describe(JsonToken token) {
        return token == null ? "the end of the payload" : "a CBOR " + token.name().toLowerCase().replace('_', ' ');
    }
}
