package org.lwm2m.gateway.api;

/** The CoAP content-format numbers LwM2M uses. */
public final class ContentFormats {

    public static final int TEXT = 0;
    public static final int LINK = 40;
    public static final int OPAQUE = 42;
    public static final int CBOR = 60;
    public static final int SENML_JSON = 110;
    public static final int SENML_CBOR = 112;
    public static final int TLV = 11542;
    public static final int JSON = 11543;
    public static final int LWM2M_CBOR = 11544;
    /** Pre-registration TLV number used by LwM2M 1.0 era servers. */
    public static final int OLD_TLV = 1542;
    /** Pre-registration JSON number used by LwM2M 1.0 era servers. */
    public static final int OLD_JSON = 1543;

    private ContentFormats() {
    }
}
