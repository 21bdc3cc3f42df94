package org.lwm2m.gateway.codec.senml.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
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

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;

/**
 * SenML JSON (content format 110, RFC 8428 §5 with the LwM2M rules of Core 1.1 §7.4.4): an array of records,
 * opaque values in base64url without padding. Reading is strict about the syntax (one array of objects, no
 * duplicate field, nothing after it) and skips the SenML fields LwM2M does not use, unless their name ends in "_".
 */
@Component(service = {ContentCodec.class, NodeCodec.class},
        property = ContentCodec.FORMAT_PROPERTY + ":Integer=" + ContentFormats.SENML_JSON)
public class SenmlJsonCodec implements NodeCodec {

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder BASE64URL_DECODER = Base64.getUrlDecoder();

    @Override
    public int contentFormat() {
        return ContentFormats.SENML_JSON;
    }

    @Override
    public boolean supports(LwM2mPath path, ObjectModel model) {
        return SenmlPack.supports(path, model);
    }

    @Override
    public byte[] encode(LwM2mPath path, LwM2mNode node, ObjectModel model) throws CodecException {
        List<SenmlRecord> records = SenmlPack.encode(path, Objects.requireNonNull(node, "node"), model);
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 + 32 * records.size());
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartArray();
            for (SenmlRecord record : records) {
                write(json, record);
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return out.toByteArray();
    }

    private static void write(JsonGenerator json, SenmlRecord record) throws IOException {
        json.writeStartObject();
        if (record.baseName() != null) {
            json.writeStringField(SenmlLabel.BASE_NAME.jsonName(), record.baseName());
        }
        if (record.baseTime() != null) {
            json.writeNumberField(SenmlLabel.BASE_TIME.jsonName(), record.baseTime());
        }
        if (record.name() != null) {
            json.writeStringField(SenmlLabel.NAME.jsonName(), record.name());
        }
        if (record.time() != null) {
            json.writeNumberField(SenmlLabel.TIME.jsonName(), record.time());
        }
        SenmlValue value = record.value();
        if (value instanceof SenmlValue.Numeric n) {
            json.writeFieldName(SenmlLabel.VALUE.jsonName());
            writeNumber(json, n.value());
        } else if (value instanceof SenmlValue.Text t) {
            json.writeStringField(SenmlLabel.STRING_VALUE.jsonName(), t.value());
        } else if (value instanceof SenmlValue.Bool b) {
            json.writeBooleanField(SenmlLabel.BOOLEAN_VALUE.jsonName(), b.value());
        } else if (value instanceof SenmlValue.Data d) {
            json.writeStringField(SenmlLabel.DATA_VALUE.jsonName(), BASE64URL.encodeToString(d.value()));
        } else if (value instanceof SenmlValue.ObjectLink l) {
            json.writeStringField(SenmlLabel.OBJECT_LINK_VALUE.jsonName(), l.value());
        }
        json.writeEndObject();
    }

    private static void writeNumber(JsonGenerator json, Number n) throws IOException {
        if (n instanceof Long l) {
            json.writeNumber(l);
        } else if (n instanceof java.math.BigInteger big) {
            json.writeNumber(big);
        } else {
            json.writeNumber(n.doubleValue());
        }
    }

    @Override
    public LwM2mNode decode(LwM2mPath path, byte[] payload, ObjectModel model) throws CodecException {
        Objects.requireNonNull(payload, "payload");
        return SenmlPack.decode(path, records(payload), model);
    }

    private static List<SenmlRecord> records(byte[] payload) throws CodecException {
        List<SenmlRecord> records = new ArrayList<>();
        try (JsonParser json = JSON.createParser(payload)) {
            if (json.nextToken() != JsonToken.START_ARRAY) {
                throw new CodecException("SenML JSON is an array of records");
            }
            for (JsonToken token = json.nextToken(); token != JsonToken.END_ARRAY; token = json.nextToken()) {
                if (token != JsonToken.START_OBJECT) {
                    throw new CodecException("a SenML JSON record is an object, not " + describe(token));
                }
                records.add(record(json));
            }
            if (json.nextToken() != null) {
                throw new CodecException("content after the SenML JSON array");
            }
        } catch (JsonProcessingException e) {
            throw new CodecException("malformed SenML JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory failed", e);
        }
        return records;
    }

    private static SenmlRecord record(JsonParser json) throws IOException, CodecException {
        SenmlRecord.Builder record = new SenmlRecord.Builder();
        for (String field = json.nextFieldName(); field != null; field = json.nextFieldName()) {
            JsonToken token = json.nextToken();
            SenmlLabel label = SenmlLabel.ofJsonName(field);
            if (label == null) {
                if (!SenmlLabel.mayIgnore(field)) {
                    throw new CodecException("SenML field " + field + " must be understood and is not");
                }
                json.skipChildren();
                continue;
            }
            record.set(label, content(json, token, label));
        }
        return record.build();
    }

    /** The field's content as {@link SenmlRecord.Builder#set} takes it; containers are refused. */
    private static Object content(JsonParser json, JsonToken token, SenmlLabel label)
            throws IOException, CodecException {
        return switch (token) {
            case VALUE_STRING -> label == SenmlLabel.DATA_VALUE ? base64url(json.getText()) : json.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> json.getNumberValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> throw new CodecException("SenML field " + label.jsonName() + " holds " + describe(token));
        };
    }

    private static byte[] base64url(String text) throws CodecException {
        try {
            return BASE64URL_DECODER.decode(text);
        } catch (IllegalArgumentException e) {
            throw new CodecException("SenML vd is not base64url", e);
        }
    }

    private static String describe(JsonToken token) {
        return token == null ? "the end of the payload" : "a JSON " + token.name().toLowerCase().replace('_', ' ');
    }
}
