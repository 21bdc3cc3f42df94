package org.lwm2m.gateway.codec.senml;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.function.IntFunction;

import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.codec.CodecException;
import org.lwm2m.gateway.api.codec.CompositeCodec;
import org.lwm2m.gateway.api.codec.senml.SenmlLabel;
import org.lwm2m.gateway.api.codec.senml.SenmlPack;
import org.lwm2m.gateway.api.codec.senml.SenmlRecord;
import org.lwm2m.gateway.api.codec.senml.SenmlValue;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.node.LwM2mNode;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * A SenML pack (an array of records, each a map of fields) through Jackson's streaming API, which reads and writes
 * JSON and CBOR alike. A syntax says how it names a field and how it carries bytes; reading is strict about the
 * structure (one array of maps, no field twice, nothing after it) and skips the SenML fields LwM2M does not use,
 * unless their name ends in "_" (RFC 8428 §4.4).
 */
abstract class JacksonSenmlCodec implements CompositeCodec {

    private final JsonFactory factory;
    private final String syntax;

    /** @param syntax the format's name in diagnostics ("SenML JSON") */
    JacksonSenmlCodec(JsonFactory factory, String syntax) {
        this.factory = factory;
        this.syntax = syntax;
    }

    /** Writes a field's name. */
    abstract void writeLabel(JsonGenerator out, SenmlLabel label) throws IOException;

    /** Writes opaque bytes. */
    abstract void writeData(JsonGenerator out, byte[] data) throws IOException;

    /** The label a field name read stands for, or null for a field LwM2M does not use. */
    abstract SenmlLabel label(String fieldName);

    /** What a text value of {@code vd} holds: its bytes where the syntax carries bytes as text, else the text. */
    abstract Object dataFromText(String text) throws CodecException;

    @Override
    public boolean supports(LwM2mPath path, ObjectModel model) {
        return SenmlPack.supports(path, model);
    }

    @Override
    public byte[] encode(LwM2mPath path, LwM2mNode node, ObjectModel model) throws CodecException {
        return write(SenmlPack.encode(path, Objects.requireNonNull(node, "node"), model));
    }

    @Override
    public byte[] encodeNodes(SortedMap<LwM2mPath, LwM2mNode> nodes, IntFunction<ObjectModel> models)
            throws CodecException {
        return write(SenmlPack.encodeNodes(nodes, models));
    }

    @Override
    public byte[] encodeTimestamped(SortedMap<Instant, SortedMap<LwM2mPath, LwM2mNode>> nodesByTime,
            IntFunction<ObjectModel> models) throws CodecException {
        return write(SenmlPack.encodeTimestamped(nodesByTime, models));
    }

    @Override
    public List<LwM2mPath> decodePaths(byte[] payload) throws CodecException {
        return SenmlPack.decodePaths(records(payload));
    }

    @Override
    public SortedMap<LwM2mPath, LwM2mNode> decodeNodes(byte[] payload, IntFunction<ObjectModel> models)
            throws CodecException {
        return SenmlPack.decodeNodes(records(payload), models);
    }

    private byte[] write(List<SenmlRecord> records) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 + 24 * records.size());
        try (JsonGenerator out = factory.createGenerator(bytes)) {
            out.writeStartArray(null, records.size());
            for (SenmlRecord record : records) {
                write(out, record);
            }
            out.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return bytes.toByteArray();
    }

    /** One record, as a map whose size is known up front (CBOR then needs no break code). */
    private void write(JsonGenerator out, SenmlRecord record) throws IOException {
        int fields = (record.baseName() != null ? 1 : 0) + (record.baseTime() != null ? 1 : 0)
                + (record.name() != null ? 1 : 0) + (record.time() != null ? 1 : 0) + (record.value() != null ? 1 : 0);
        out.writeStartObject(record, fields);
        if (record.baseName() != null) {
            writeLabel(out, SenmlLabel.BASE_NAME);
            out.writeString(record.baseName());
        }
        if (record.baseTime() != null) {
            writeLabel(out, SenmlLabel.BASE_TIME);
            out.writeNumber(record.baseTime());
        }
        if (record.name() != null) {
            writeLabel(out, SenmlLabel.NAME);
            out.writeString(record.name());
        }
        if (record.time() != null) {
            writeLabel(out, SenmlLabel.TIME);
            out.writeNumber(record.time());
        }
        SenmlValue value = record.value();
        if (value instanceof SenmlValue.Numeric n) {
            writeLabel(out, SenmlLabel.VALUE);
            writeNumber(out, n.value());
        } else if (value instanceof SenmlValue.Text t) {
            writeLabel(out, SenmlLabel.STRING_VALUE);
            out.writeString(t.value());
        } else if (value instanceof SenmlValue.Bool b) {
            writeLabel(out, SenmlLabel.BOOLEAN_VALUE);
            out.writeBoolean(b.value());
        } else if (value instanceof SenmlValue.Data d) {
            writeLabel(out, SenmlLabel.DATA_VALUE);
            writeData(out, d.value());
        } else if (value instanceof SenmlValue.ObjectLink l) {
            writeLabel(out, SenmlLabel.OBJECT_LINK_VALUE);
            out.writeString(l.value());
        }
        out.writeEndObject();
    }

    private static void writeNumber(JsonGenerator out, Number n) throws IOException {
        if (n instanceof Long l) {
            out.writeNumber(l);
        } else if (n instanceof BigInteger big) {
            out.writeNumber(big);
        } else {
            out.writeNumber(n.doubleValue());
        }
    }

    @Override
    public LwM2mNode decode(LwM2mPath path, byte[] payload, ObjectModel model) throws CodecException {
        Objects.requireNonNull(payload, "payload");
        return SenmlPack.decode(path, records(payload), model);
    }

    private List<SenmlRecord> records(byte[] payload) throws CodecException {
        List<SenmlRecord> records = new ArrayList<>();
        try (JsonParser in = factory.createParser(payload)) {
            if (in.nextToken() != JsonToken.START_ARRAY) {
                throw new CodecException(syntax + " is an array of records");
            }
            for (JsonToken token = in.nextToken(); token != JsonToken.END_ARRAY; token = in.nextToken()) {
                if (token != JsonToken.START_OBJECT) {
                    throw new CodecException("a " + syntax + " record is a map, not " + describe(token));
                }
                records.add(record(in));
            }
            if (in.nextToken() != null) {
                throw new CodecException("content after the " + syntax + " array");
            }
        } catch (JsonProcessingException e) {
            throw new CodecException("malformed " + syntax + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory failed", e);
        }
        return records;
    }

    private SenmlRecord record(JsonParser in) throws IOException, CodecException {
        SenmlRecord.Builder record = new SenmlRecord.Builder();
        for (String field = in.nextFieldName(); field != null; field = in.nextFieldName()) {
            JsonToken token = in.nextToken();
            SenmlLabel label = label(field);
            if (label == null) {
                if (!SenmlLabel.mayIgnore(field)) {
                    throw new CodecException("SenML field " + field + " must be understood and is not");
                }
                in.skipChildren();
                continue;
            }
            record.set(label, content(in, token, label));
        }
        return record.build();
    }

    /** The field's content as {@link SenmlRecord.Builder#set} takes it; containers are refused. */
    private Object content(JsonParser in, JsonToken token, SenmlLabel label) throws IOException, CodecException {
        return switch (token) {
            case VALUE_STRING -> label == SenmlLabel.DATA_VALUE ? dataFromText(in.getText()) : in.getText();
            case VALUE_EMBEDDED_OBJECT -> in.getBinaryValue();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> in.getNumberValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> throw new CodecException("SenML field " + label.jsonName() + " holds " + describe(token));
        };
    }

    private String describe(JsonToken token) {
        return token == null ? "the end of the payload"
                : "a " + syntax + " " + token.name().toLowerCase().replace('_', ' ');
    }
}
