package org.lwm2m.gateway.codec.tlv;

import java.util.ArrayList;
import java.util.List;

import org.lwm2m.gateway.api.codec.CodecException;

/**
 * Splits a range of a payload into its TLVs (LwM2M Core §7.4.3): a type byte, an 8- or 16-bit identifier, a length
 * in the type byte or in an 8-, 16- or 24-bit field, then the value. Anything that does not fit exactly is refused.
 */
final class TlvReader {

    private static final int ID_16_BIT = 0x20;
    private static final int RESERVED_ID = 65535;

    private TlvReader() {
    }

    static List<Tlv> read(byte[] payload, int from, int to) throws CodecException {
        List<Tlv> tlvs = new ArrayList<>();
        int pos = from;
        while (pos < to) {
            int type = payload[pos] & 0xff;
            int idLength = (type & ID_16_BIT) != 0 ? 2 : 1;
            int lengthType = (type >>> 3) & 0x3;
            int headerEnd = pos + 1 + idLength + lengthType;
            if (headerEnd > to) {
                throw new CodecException("TLV header at offset " + pos + " is truncated");
            }
            int id = (int) TlvValues.readUnsigned(payload, pos + 1, idLength);
            if (id == RESERVED_ID) {
                throw new CodecException("TLV at offset " + pos + " uses the reserved identifier 65535");
            }
            int length = lengthType == 0
                    ? type & 0x7
                    : (int) TlvValues.readUnsigned(payload, pos + 1 + idLength, lengthType);
            if (length > to - headerEnd) {
                throw new CodecException("TLV at offset " + pos + " claims " + length + " bytes, only "
                        + (to - headerEnd) + " remain");
            }
            tlvs.add(new Tlv(TlvKind.fromTypeByte(type), id, headerEnd, headerEnd + length));
            pos = headerEnd + length;
        }
        return tlvs;
    }
}
