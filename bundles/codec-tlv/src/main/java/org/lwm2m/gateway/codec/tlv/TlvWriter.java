package org.lwm2m.gateway.codec.tlv;

import java.io.ByteArrayOutputStream;

import org.lwm2m.gateway.api.codec.CodecException;

/** Appends TLVs with the shortest header: 8-bit identifiers when they fit, the length in the type byte if below 8. */
final class TlvWriter {

    private static final int MAX_LENGTH = 0xffffff;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    void write(TlvKind kind, int id, byte[] value) throws CodecException {
        if (value.length > MAX_LENGTH) {
            throw new CodecException(kind + " " + id + " is " + value.length + " bytes, TLV carries at most "
                    + MAX_LENGTH);
        }
        int type = kind.typeBits();
        boolean wideId = id > 0xff;
        if (wideId) {
            type |= 0x20;
        }
        int lengthBytes = value.length < 8 ? 0 : value.length <= 0xff ? 1 : value.length <= 0xffff ? 2 : 3;
        type |= lengthBytes == 0 ? value.length : lengthBytes << 3;
        out.write(type);
        if (wideId) {
            out.write(id >>> 8);
        }
        out.write(id & 0xff);
        for (int shift = (lengthBytes - 1) * 8; shift >= 0; shift -= 8) {
            out.write((value.length >>> shift) & 0xff);
        }
        out.writeBytes(value);
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }
}
