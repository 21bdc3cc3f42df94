package org.lwm2m.gateway.codec.tlv;

/** One TLV read from a payload: its kind, identifier, and where its value lies in the payload. */
record Tlv(TlvKind kind, int id, int valueStart, int valueEnd) {

    @Override
    public String toString() {
        return kind + " TLV " + id;
    }
}
