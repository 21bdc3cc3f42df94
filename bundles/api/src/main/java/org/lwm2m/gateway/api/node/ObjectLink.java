package org.lwm2m.gateway.api.node;

/** An Objlnk value: object id and instance id, each 0..65535 (65535:65535 is the null link). */
public record ObjectLink(int objectId, int instanceId) {

    public ObjectLink {
        if (objectId < 0 || objectId > 65535 || instanceId < 0 || instanceId > 65535) {
            throw new IllegalArgumentException("object link out of range: " + objectId + ":" + instanceId);
        }
    }

    /** Parses "3:0". */
    public static ObjectLink parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 1 || colon == text.length() - 1) {
            throw new IllegalArgumentException("not an object link: " + text);
        }
        try {
            return new ObjectLink(Integer.parseInt(text.substring(0, colon)),
                    Integer.parseInt(text.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an object link: " + text, e);
        }
    }

    @Override
    public String toString() {
        return objectId + ":" + instanceId;
    }
}
