package org.lwm2m.gateway.testing;

import java.nio.charset.StandardCharsets;
import java.util.Date;

import org.eclipse.leshan.core.link.DefaultLinkParser;
import org.eclipse.leshan.core.link.DefaultLinkSerializer;
import org.eclipse.leshan.core.link.Link;
import org.eclipse.leshan.core.link.LinkParseException;
import org.eclipse.leshan.core.model.ResourceModel;
import org.eclipse.leshan.core.util.datatype.ULong;
import org.lwm2m.gateway.api.model.ResourceType;
import org.lwm2m.gateway.api.node.ObjectLink;
import org.lwm2m.gateway.api.node.Value;

/** Converts values and data types between ours and the Java objects and types Leshan's node tree holds. */
public final class LeshanValues {

    private LeshanValues() {
    }

    /** The Java object Leshan holds for the value: a ULong for an unsigned integer, a Date for a time, ... */
    public static Object toLeshan(Value value) {
        return switch (value.type()) {
            case STRING -> ((Value.Str) value).value();
            case INTEGER -> ((Value.Int) value).value();
            case UNSIGNED_INTEGER -> ULong.valueOf(((Value.Unsigned) value).bits());
            case FLOAT -> ((Value.Float) value).value();
            case BOOLEAN -> ((Value.Bool) value).value();
            case OPAQUE -> ((Value.Opaque) value).value();
            case TIME -> new Date(((Value.Time) value).epochSeconds() * 1000);
            case OBJLNK -> {
                ObjectLink link = ((Value.Objlnk) value).value();
                yield new org.eclipse.leshan.core.node.ObjectLink(link.objectId(), link.instanceId());
            }
            case CORELNK -> parseLinks(((Value.Corelnk) value).value());
            case NONE -> throw new IllegalArgumentException("no value type NONE");
        };
    }

    /** Our value of a Java object Leshan holds for a resource of that type. */
    public static Value fromLeshan(ResourceModel.Type type, Object value) {
        return switch (type) {
            case STRING -> Value.of((String) value);
            case INTEGER -> Value.of((Long) value);
            case UNSIGNED_INTEGER -> Value.unsigned(((ULong) value).longValue());
            case FLOAT -> Value.of((Double) value);
            case BOOLEAN -> Value.of((Boolean) value);
            case OPAQUE -> Value.of((byte[]) value);
            case TIME -> Value.time(Math.floorDiv(((Date) value).getTime(), 1000));
            case OBJLNK -> {
                org.eclipse.leshan.core.node.ObjectLink link = (org.eclipse.leshan.core.node.ObjectLink) value;
                yield Value.of(new ObjectLink(link.getObjectId(), link.getObjectInstanceId()));
            }
            case CORELINK -> Value.corelnk(new DefaultLinkSerializer().serializeCoreLinkFormat((Link[]) value));
            default -> throw new IllegalArgumentException("unexpected Leshan type " + type);
        };
    }

    public static ResourceModel.Type leshanType(ResourceType type) {
        return switch (type) {
            case STRING -> ResourceModel.Type.STRING;
            case INTEGER -> ResourceModel.Type.INTEGER;
            case UNSIGNED_INTEGER -> ResourceModel.Type.UNSIGNED_INTEGER;
            case FLOAT -> ResourceModel.Type.FLOAT;
            case BOOLEAN -> ResourceModel.Type.BOOLEAN;
            case OPAQUE -> ResourceModel.Type.OPAQUE;
            case TIME -> ResourceModel.Type.TIME;
            case OBJLNK -> ResourceModel.Type.OBJLNK;
            case CORELNK -> ResourceModel.Type.CORELINK;
            case NONE -> ResourceModel.Type.NONE;
        };
    }

    public static ResourceType ourType(ResourceModel.Type type) {
        for (ResourceType t : ResourceType.values()) {
            if (leshanType(t) == type) {
                return t;
            }
        }
        throw new IllegalArgumentException("no data type of ours for Leshan's " + type);
    }

    private static Link[] parseLinks(String text) {
        try {
            return new DefaultLinkParser().parseCoreLinkFormat(text.getBytes(StandardCharsets.UTF_8));
        } catch (LinkParseException e) {
            throw new IllegalArgumentException("test corelnk value is not valid: " + text, e);
        }
    }
}
