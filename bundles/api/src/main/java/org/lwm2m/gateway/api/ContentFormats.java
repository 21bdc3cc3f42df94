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
    /** Pre-registration plain text number used by LwM2M 1.0 era servers. */
    public static final int OLD_TEXT = 1541;
    /** Pre-registration TLV number used by LwM2M 1.0 era servers. */
    public static final int OLD_TLV = 1542;
    /** Pre-registration JSON number used by LwM2M 1.0 era servers. */
    public static final int OLD_JSON = 1543;

    private ContentFormats() {
    }

    /**
     * The registered number of a format that LwM2M 1.0 servers named by its pre-registration number (1541 plain
     * text, 1542 TLV, 1543 JSON), so that their requests are understood; any other number as it is.
     */
    public static int registered(int contentFormat) {
        return switch (contentFormat) {
            case OLD_TEXT -> TEXT;
            case OLD_TLV -> TLV;
            case OLD_JSON -> JSON;
            default -> contentFormat;
        };
    }
}
