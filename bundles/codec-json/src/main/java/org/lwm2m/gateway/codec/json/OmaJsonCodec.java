package org.lwm2m.gateway.codec.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

import org.lwm2m.gateway.api.ContentFormats;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.codec.CodecException;
import org.lwm2m.gateway.api.codec.ContentCodec;
import org.lwm2m.gateway.api.codec.NodeCodec;
import org.lwm2m.gateway.api.codec.senml.SenmlPack;
import org.lwm2m.gateway.api.codec.senml.SenmlRecord;
import org.lwm2m.gateway.api.codec.senml.SenmlValue;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.model.ResourceModel;
import org.lwm2m.gateway.api.model.ResourceType;
import org.lwm2m.gateway.api.node.LwM2mNode;
import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;

/**
 * OMA LwM2M JSON (content format 11543, Core 1.1 §7.4.5; the LwM2M 1.0 JSON): one object with a base name
 * ({@code bn}), a base time ({@code bt}) and the entries ({@code e}), each a name relative to the base name and one
 * value: {@code v} a number, {@code bv} a boolean, {@code ov} an object link, {@code sv} a string or, for an opaque
 * resource, its bytes in base64. The entries are SenML records in all but syntax, so the mapping to nodes is the
 * SenML one ({@link SenmlPack}).
 */
@Component(service = {ContentCodec.class, NodeCodec.class},
        property = ContentCodec.FORMAT_PROPERTY + ":Integer=" + ContentFormats.JSON)
public class OmaJsonCodec implements NodeCodec {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    @Override
    public int contentFormat() {
        return ContentFormats.JSON;
    }

    @Override
    public boolean supports(LwM2mPath path, ObjectModel model) {
        return SenmlPack.supports(path, model);
    }

    @Override
    public byte[] encode(LwM2mPath path, LwM2mNode node, ObjectModel model) throws CodecException {
        List<SenmlRecord> records = SenmlPack.encode(path, Objects.requireNonNull(node, "node"), model);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 + 24 * records.size());
        try (JsonGenerator out = FACTORY.createGenerator(bytes)) {
            out.writeStartObject();
            out.writeStringField("bn", records.isEmpty() ? path + "/" : records.get(0).baseName());
            out.writeArrayFieldStart("e");
            for (SenmlRecord record : records) {
                out.writeStartObject();
                if (record.name() != null) {
                    out.writeStringField("n", record.name());
                }
                writeValue(out, record.value());
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return bytes.toByteArray();
    }

    private static void writeValue(JsonGenerator out, SenmlValue value) throws IOException {
        if (value instanceof SenmlValue.Numeric n) {
            out.writeFieldName("v");
            Number number = n.value();
            if (number instanceof BigInteger big) {
                out.writeNumber(big);
            } else if (number instanceof Double || number instanceof Float) {
                out.writeNumber(number.doubleValue());
            } else {
                out.writeNumber(number.longValue());
            }
        } else if (value instanceof SenmlValue.Bool b) {
            out.writeBooleanField("bv", b.value());
        } else if (value instanceof SenmlValue.ObjectLink link) {
            out.writeStringField("ov", link.value());
        } else if (value instanceof SenmlValue.Data data) {
            out.writeStringField("sv", Base64.getEncoder().encodeToString(data.value()));
        } else {
            out.writeStringField("sv", ((SenmlValue.Text) value).value());
        }
    }

    @Override
    public LwM2mNode decode(LwM2mPath path, byte[] payload, ObjectModel model) throws CodecException {
        return SenmlPack.decode(path, typedOpaque(records(payload), model), model);
    }

    /** The entries as SenML records, the first carrying the base name and time. */
    private static List<SenmlRecord> records(byte[] payload) throws CodecException {
        String baseName = null;
        Double baseTime = null;
        List<Entry> entries = null;
        try (JsonParser in = FACTORY.createParser(payload)) {
            expect(in.nextToken(), JsonToken.START_OBJECT, "a JSON object");
            for (JsonToken t = in.nextToken(); t != JsonToken.END_OBJECT; t = in.nextToken()) {
                String field = in.currentName();
                JsonToken value = in.nextToken();
                switch (field) {
                    case "bn" -> baseName = text(in, value, "bn");
                    case "bt" -> baseTime = number(in, value, "bt").doubleValue();
                    case "e" -> entries = entries(in, value);
                    default -> throw new CodecException("OMA JSON has no field '" + excerpt(field) + "'");
                }
            }
            if (in.nextToken() != null) {
                throw new CodecException("OMA JSON has content after its object");
            }
        } catch (JsonProcessingException e) {
            throw new CodecException("malformed OMA JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory failed", e);
        }
        if (entries == null) {
            throw new CodecException("OMA JSON has no entries (e)");
        }
        List<SenmlRecord> records = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            boolean first = records.isEmpty();
            records.add(new SenmlRecord(first ? (baseName == null ? "" : baseName) : null, first ? baseTime : null,
                    entry.name(), entry.time(), entry.value()));
        }
        return records;
    }

    /** One entry of {@code e}. */
    private record Entry(String name, Double time, SenmlValue value) {
    }

    private static List<Entry> entries(JsonParser in, JsonToken start) throws IOException, CodecException {
        expect(start, JsonToken.START_ARRAY, "an array of entries (e)");
        List<Entry> entries = new ArrayList<>();
        for (JsonToken t = in.nextToken(); t != JsonToken.END_ARRAY; t = in.nextToken()) {
            expect(t, JsonToken.START_OBJECT, "an entry object");
            String name = null;
            Double time = null;
            SenmlValue value = null;
            for (JsonToken f = in.nextToken(); f != JsonToken.END_OBJECT; f = in.nextToken()) {
                String field = in.currentName();
                JsonToken token = in.nextToken();
                SenmlValue read = null;
                switch (field) {
                    case "n" -> name = text(in, token, "n");
                    case "t" -> time = number(in, token, "t").doubleValue();
                    case "v" -> read = new SenmlValue.Numeric(number(in, token, "v"));
                    case "bv" -> {
                        if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
                            throw new CodecException("OMA JSON bv is not a boolean");
                        }
                        read = new SenmlValue.Bool(token == JsonToken.VALUE_TRUE);
                    }
                    case "sv" -> read = new SenmlValue.Text(text(in, token, "sv"));
                    case "ov" -> read = new SenmlValue.ObjectLink(text(in, token, "ov"));
                    default -> throw new CodecException("OMA JSON entries have no field '" + excerpt(field) + "'");
                }
                if (read != null) {
                    if (value != null) {
                        throw new CodecException("OMA JSON entry " + excerpt(String.valueOf(name))
                                + " has two values");
                    }
                    value = read;
                }
            }
            entries.add(new Entry(name, time, value));
        }
        return entries;
    }

    /**
     * Opaque values travel as base64 in {@code sv}, like strings: the model says which strings are bytes.
     *
     * @throws CodecException if an opaque value is not base64
     */
    private static List<SenmlRecord> typedOpaque(List<SenmlRecord> records, ObjectModel model)
            throws CodecException {
        List<SenmlRecord> typed = new ArrayList<>(records.size());
        String baseName = "";
        for (SenmlRecord record : records) {
            if (record.baseName() != null) {
                baseName = record.baseName();
            }
            SenmlValue value = record.value();
            String name = baseName + (record.name() == null ? "" : record.name());
            if (value instanceof SenmlValue.Text text && isOpaque(name, model)) {
                try {
                    value = new SenmlValue.Data(Base64.getDecoder().decode(text.value()));
                } catch (IllegalArgumentException e) {
                    throw new CodecException("opaque value of " + excerpt(name) + " is not base64", e);
                }
            }
            typed.add(new SenmlRecord(record.baseName(), record.baseTime(), record.name(), record.time(), value));
        }
        return typed;
    }

    private static boolean isOpaque(String name, ObjectModel model) {
        try {
            LwM2mPath path = LwM2mPath.parse(name);
            ResourceModel resource = path.depth() >= 3 && path.objectId() == model.id()
                    ? model.resource(path.resourceId()) : null;
            return resource != null && resource.type() == ResourceType.OPAQUE;
        } catch (IllegalArgumentException e) {
            // not a path: the SenML mapping refuses the record with its own message
            return false;
        }
    }

    private static String text(JsonParser in, JsonToken token, String field) throws IOException, CodecException {
        if (token != JsonToken.VALUE_STRING) {
            throw new CodecException("OMA JSON " + field + " is not a string");
        }
        return in.getText();
    }

    private static Number number(JsonParser in, JsonToken token, String field) throws IOException, CodecException {
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            throw new CodecException("OMA JSON " + field + " is not a number");
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            return in.getDoubleValue();
        }
        Number integer = in.getNumberValue();
        return integer instanceof BigInteger ? integer : (Number) integer.longValue();
    }

    private static void expect(JsonToken token, JsonToken wanted, String what) throws CodecException {
        if (token != wanted) {
            throw new CodecException("OMA JSON: expected " + what + ", found " + token);
        }
    }

    private static String excerpt(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
