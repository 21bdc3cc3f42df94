package org.lwm2m.gateway.object.device;

/** The resource ids of the Device object (3) as its DDF numbers them. */
final class DeviceResources {

    static final int MANUFACTURER = 0;
    static final int MODEL_NUMBER = 1;
    static final int SERIAL_NUMBER = 2;
    static final int FIRMWARE_VERSION = 3;
    static final int REBOOT = 4;
    static final int FACTORY_RESET = 5;
    static final int AVAILABLE_POWER_SOURCES = 6;
    static final int POWER_SOURCE_VOLTAGE = 7;
    static final int POWER_SOURCE_CURRENT = 8;
    static final int BATTERY_LEVEL = 9;
    static final int MEMORY_FREE = 10;
    static final int ERROR_CODE = 11;
    static final int RESET_ERROR_CODE = 12;
    static final int CURRENT_TIME = 13;
    static final int UTC_OFFSET = 14;
    static final int TIMEZONE = 15;
    static final int SUPPORTED_BINDINGS = 16;
    static final int DEVICE_TYPE = 17;
    static final int HARDWARE_VERSION = 18;
    static final int SOFTWARE_VERSION = 19;
    static final int BATTERY_STATUS = 20;
    static final int MEMORY_TOTAL = 21;
    static final int EXT_DEV_INFO = 22;

    private DeviceResources() {
    }
}
