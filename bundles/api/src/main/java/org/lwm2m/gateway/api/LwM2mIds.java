package org.lwm2m.gateway.api;

/**
 * The object and resource ids of the core LwM2M objects, as the OMA registry numbers them, named once for the
 * engine, the object bundles and the tools.
 */
public final class LwM2mIds {

    public static final int SECURITY = 0;
    public static final int SERVER = 1;
    public static final int ACCESS_CONTROL = 2;
    public static final int DEVICE = 3;
    public static final int OSCORE = 21;

    /** Resources of the Security object (0). */
    public static final class Security {
        public static final int SERVER_URI = 0;
        public static final int BOOTSTRAP_SERVER = 1;
        public static final int SECURITY_MODE = 2;
        public static final int PUBLIC_KEY_OR_IDENTITY = 3;
        public static final int SERVER_PUBLIC_KEY = 4;
        public static final int SECRET_KEY = 5;
        public static final int SHORT_SERVER_ID = 10;
        public static final int CERTIFICATE_USAGE = 15;

        /** Security Mode values (resource 2). */
        public static final long MODE_PSK = 0;
        public static final long MODE_RPK = 1;
        public static final long MODE_X509 = 2;
        public static final long MODE_NO_SEC = 3;
        public static final long MODE_EST = 4;

        /** Certificate Usage values (resource 15, RFC 6698's names); 3 when the resource is absent. */
        public static final long USAGE_CA_CONSTRAINT = 0;
        public static final long USAGE_SERVICE_CERTIFICATE_CONSTRAINT = 1;
        public static final long USAGE_TRUST_ANCHOR_ASSERTION = 2;
        public static final long USAGE_DOMAIN_ISSUED_CERTIFICATE = 3;

        private Security() {
        }
    }

    /** Resources of the Server object (1). */
    public static final class Server {
        public static final int SHORT_SERVER_ID = 0;
        public static final int LIFETIME = 1;
        public static final int DEFAULT_MIN_PERIOD = 2;
        public static final int DEFAULT_MAX_PERIOD = 3;
        public static final int DISABLE = 4;
        public static final int DISABLE_TIMEOUT = 5;
        public static final int NOTIFICATION_STORING = 6;
        public static final int BINDING = 7;
        public static final int REGISTRATION_UPDATE_TRIGGER = 8;
        /** Bootstrap-Request Trigger (1.1): the client leaves its servers and bootstraps again. */
        public static final int BOOTSTRAP_REQUEST_TRIGGER = 9;
        /** Mute Send (1.1): while true, the client sends this server nothing through the Send operation. */
        public static final int MUTE_SEND = 23;

        private Server() {
        }
    }

    /** Resources of the Device object (3). */
    public static final class Device {
        public static final int MANUFACTURER = 0;
        public static final int MODEL_NUMBER = 1;
        public static final int SERIAL_NUMBER = 2;
        public static final int FIRMWARE_VERSION = 3;
        public static final int REBOOT = 4;
        public static final int FACTORY_RESET = 5;
        public static final int AVAILABLE_POWER_SOURCES = 6;
        public static final int POWER_SOURCE_VOLTAGE = 7;
        public static final int POWER_SOURCE_CURRENT = 8;
        public static final int BATTERY_LEVEL = 9;
        public static final int MEMORY_FREE = 10;
        public static final int ERROR_CODE = 11;
        public static final int RESET_ERROR_CODE = 12;
        public static final int CURRENT_TIME = 13;
        public static final int UTC_OFFSET = 14;
        public static final int TIMEZONE = 15;
        public static final int SUPPORTED_BINDINGS = 16;
        public static final int DEVICE_TYPE = 17;
        public static final int HARDWARE_VERSION = 18;
        public static final int SOFTWARE_VERSION = 19;
        public static final int BATTERY_STATUS = 20;
        public static final int MEMORY_TOTAL = 21;
        public static final int EXT_DEV_INFO = 22;

        private Device() {
        }
    }

    private LwM2mIds() {
    }
}
