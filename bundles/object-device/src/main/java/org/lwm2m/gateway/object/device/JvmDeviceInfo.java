package org.lwm2m.gateway.object.device;

import org.lwm2m.gateway.api.driver.DeviceInfo;

/**
 * The host as far as the JVM sees it, for what no {@link DeviceInfo} driver tells: the processor architecture as
 * hardware version, the operating system as firmware version, the heap as memory. It knows no manufacturer, model,
 * serial number or battery.
 */
final class JvmDeviceInfo implements DeviceInfo {

    static final JvmDeviceInfo INSTANCE = new JvmDeviceInfo();
    static final String UNKNOWN = "unknown";
    /** The model of a gateway whose host does not say. */
    static final String MODEL = "lwm2m-gateway";

    private JvmDeviceInfo() {
    }

    String architecture() {
        return System.getProperty("os.arch", UNKNOWN);
    }

    String operatingSystem() {
        return System.getProperty("os.name", UNKNOWN) + " " + System.getProperty("os.version", "");
    }

    /** The heap the JVM may still use, in kilobytes of 1000 bytes. */
    static long freeHeapKilobytes() {
        Runtime runtime = Runtime.getRuntime();
        return (runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory())) / 1000;
    }

    /** The heap's maximum, in kilobytes of 1000 bytes. */
    static long maxHeapKilobytes() {
        return Runtime.getRuntime().maxMemory() / 1000;
    }
}
