package org.lwm2m.gateway.codec.tlv;

/** What a TLV holds, from bits 7-6 of its type byte. */
enum TlvKind {
    OBJECT_INSTANCE("object instance"),
    RESOURCE_INSTANCE("resource instance"),
    MULTIPLE_RESOURCE("multiple resource"),
    RESOURCE_VALUE("resource with value");

    private final String description;

    TlvKind(String description) {
        this.description = description;
    }

    /** The two type bits of this kind, already shifted into place. */
    int typeBits() {
        return ordinal() << 6;
    }

    static TlvKind fromTypeByte(int type) {
        return values()[(type >>> 6) & 0x3];
    }

    @Override
    public String toString() {
        return description;
    }
}
