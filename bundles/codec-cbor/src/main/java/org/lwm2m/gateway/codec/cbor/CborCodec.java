package org.lwm2m.gateway.codec.cbor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.Objects;

import org.lwm2m.gateway.api.ContentFormats;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.codec.CodecException;
import org.lwm2m.gateway.api.codec.ContentCodec;
import org.lwm2m.gateway.api.codec.NodeCodec;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.model.ResourceModel;
import org.lwm2m.gateway.api.model.ResourceType;
import org.lwm2m.gateway.api.node.LwM2mNode;
import org.lwm2m.gateway.api.node.ObjectLink;
import org.lwm2m.gateway.api.node.ResourceInstance;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;
import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;
import com.fasterxml.jackson.dataformat.cbor.CBORParser;

/**
 * Plain CBOR (content format 60, Core 1.1 §7.4.6): one single value, a resource or a resource instance, as one CBOR
 * data item: text strings (strings, CoRE links, object links as "3:0"), integers, floats, booleans, byte strings
 * (opaque) and times as epoch seconds under tag 1 (read with or without the tag). Written in the shortest exact width; read in every
 * width CBOR allows (half, single and double floats, integers up to 64 bits, bignums); unsigned values from
 * 2^63 on are written as 64-bit unsigned integers, as the spec asks.
 */
@Component(service = {ContentCodec.class, NodeCodec.class},
        property = ContentCodec.FORMAT_PROPERTY + ":Integer=" + ContentFormats.CBOR)
public class CborCodec implements NodeCodec {

    /** The epoch-based date/time tag of RFC 8949 §3.4.2. */
    private static final int EPOCH_TIME_TAG = 1;
    private static final BigInteger UNSIGNED_LIMIT = BigInteger.ONE.shiftLeft(64);
    /** Major type 0 (unsigned integer), additional information 27: an 8-byte argument follows. */
    private static final byte UINT64_HEAD = 0x1b;

    private static final CBORFactory FACTORY = CBORFactory.builder()
            .enable(CBORGenerator.Feature.WRITE_MINIMAL_INTS)
            .enable(CBORGenerator.Feature.WRITE_MINIMAL_DOUBLES)
            .build();

    @Override
    public int contentFormat() {
        return ContentFormats.CBOR;
    }

    /** A single resource or an instance of a multiple resource, holding a value. */
    @Override
    public boolean supports(LwM2mPath path, ObjectModel model) {
        if (path.depth() < 3 || model.id() != path.objectId()) {
            return false;
        }
        ResourceModel resource = model.resource(path.resourceId());
        return resource != null && resource.type() != ResourceType.NONE
                && (path.isResource() ? !resource.multiple() : resource.multiple());
    }

    @Override
    public byte[] encode(LwM2mPath path, LwM2mNode node, ObjectModel model) throws CodecException {
        Objects.requireNonNull(node, "node");
        ResourceModel resource = checkedResource(path, model);
        Value value;
        if (node instanceof SingleResource single && path.isResource() && single.id() == path.resourceId()) {
            value = single.value();
        } else if (node instanceof ResourceInstance instance && path.isResourceInstance()
                && instance.id() == path.resourceInstanceId()) {
            value = instance.value();
        } else {
            throw new CodecException("plain CBOR carries one value: a " + node.getClass().getSimpleName() + " "
                    + node.id() + " does not sit at " + path);
        }
        if (value.type() != resource.type()) {
            throw new CodecException(path + " holds " + resource.type() + ", not " + value.type());
        }
        if (value instanceof Value.Unsigned u && u.bits() < 0) {
            return unsignedFrom2To63(u.bits());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16);
        try (CBORGenerator out = FACTORY.createGenerator(bytes)) {
            write(out, value);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return bytes.toByteArray();
    }

    private static void write(CBORGenerator out, Value value) throws IOException {
        if (value instanceof Value.Str s) {
            out.writeString(s.value());
        } else if (value instanceof Value.Corelnk link) {
            out.writeString(link.value());
        } else if (value instanceof Value.Objlnk link) {
            out.writeString(link.value().toString());
        } else if (value instanceof Value.Int i) {
            out.writeNumber(i.value());
        } else if (value instanceof Value.Unsigned u) {
            out.writeNumber(u.bits());
        } else if (value instanceof Value.Float f) {
            out.writeNumber(f.value());
        } else if (value instanceof Value.Bool b) {
            out.writeBoolean(b.value());
        } else if (value instanceof Value.Opaque o) {
            out.writeBinary(o.value());
        } else {
            out.writeTag(EPOCH_TIME_TAG);
            out.writeNumber(((Value.Time) value).epochSeconds());
        }
    }

    /**
     * An unsigned integer from 2^63 on: major type 0 with an 8-byte argument, which Jackson cannot write (it makes a
     * bignum of it, which a reader of plain CBOR, Leshan's among them, need not take).
     */
    private static byte[] unsignedFrom2To63(long bits) {
        return ByteBuffer.allocate(9).put(UINT64_HEAD).putLong(bits).array();
    }

    @Override
    public LwM2mNode decode(LwM2mPath path, byte[] payload, ObjectModel model) throws CodecException {
        Objects.requireNonNull(payload, "payload");
        ResourceModel resource = checkedResource(path, model);
        Value value;
        try (CBORParser in = FACTORY.createParser(payload)) {
            JsonToken token = in.nextToken();
            if (token == null) {
                throw new CodecException("plain CBOR payload for " + path + " is empty");
            }
            value = value(in, token, resource.type(), path);
            if (in.nextToken() != null) {
                throw new CodecException("plain CBOR payload for " + path + " holds more than one data item");
            }
        } catch (JsonProcessingException e) {
            throw new CodecException("malformed CBOR for " + path + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory failed", e);
        }
        return path.isResource() ? new SingleResource(path.resourceId(), value)
                : new ResourceInstance(path.resourceInstanceId(), value);
    }

    private static Value value(CBORParser in, JsonToken token, ResourceType type, LwM2mPath path)
            throws IOException, CodecException {
        Value value = switch (type) {
            case STRING -> token == JsonToken.VALUE_STRING ? Value.of(in.getText()) : null;
            case CORELNK -> token == JsonToken.VALUE_STRING ? Value.corelnk(in.getText()) : null;
            case OBJLNK -> token == JsonToken.VALUE_STRING ? objectLink(in.getText(), path) : null;
            case BOOLEAN -> token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE
                    ? Value.of(token == JsonToken.VALUE_TRUE) : null;
            case OPAQUE -> token == JsonToken.VALUE_EMBEDDED_OBJECT && in.getEmbeddedObject() instanceof byte[] b
                    ? Value.of(b) : null;
            case FLOAT -> token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT
                    ? Value.of(in.getDoubleValue()) : null;
            case INTEGER -> token == JsonToken.VALUE_NUMBER_INT ? Value.of(signed(in, path)) : null;
            case UNSIGNED_INTEGER -> token == JsonToken.VALUE_NUMBER_INT ? Value.unsigned(unsigned(in, path)) : null;
            case TIME -> token == JsonToken.VALUE_NUMBER_INT
                    && (in.getCurrentTag() == -1 || in.getCurrentTag() == EPOCH_TIME_TAG)
                    ? Value.time(signed(in, path)) : null;
            case NONE -> null;
        };
        if (value == null) {
            throw new CodecException(path + " holds " + type + ", and the CBOR item is " + token);
        }
        return value;
    }

    private static long signed(CBORParser in, LwM2mPath path) throws IOException, CodecException {
        BigInteger big = in.getBigIntegerValue();
        if (big.bitLength() > 63) {
            throw new CodecException(path + ": out of the signed 64-bit range: " + big);
        }
        return big.longValue();
    }

    private static long unsigned(CBORParser in, LwM2mPath path) throws IOException, CodecException {
        BigInteger big = in.getBigIntegerValue();
        if (big.signum() < 0 || big.compareTo(UNSIGNED_LIMIT) >= 0) {
            throw new CodecException(path + ": not a whole number from 0 to 2^64-1: " + big);
        }
        return big.longValue();
    }

    private static Value objectLink(String text, LwM2mPath path) throws CodecException {
        try {
            return Value.of(ObjectLink.parse(text));
        } catch (IllegalArgumentException e) {
            throw new CodecException(path + ": not an object link: " + text, e);
        }
    }

    private ResourceModel checkedResource(LwM2mPath path, ObjectModel model) throws CodecException {
        if (!supports(path, model)) {
            throw new CodecException("plain CBOR carries a single value, and " + path + " holds none");
        }
        return model.resource(path.resourceId());
    }
}
