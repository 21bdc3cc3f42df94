package org.lwm2m.gateway.object.device;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The optional configuration of the Device object: identity values that override what the host reports. */
@ObjectClassDefinition(id = DeviceConfig.PID, name = "LwM2M Device object",
        description = "What the Device object (3) reports about this gateway. Empty values are detected from the host.")
public @interface DeviceConfig {

    /** The configuration PID. */
    String PID = "org.lwm2m.gateway.device";

    /** The Device Type reported unless configured otherwise. */
    String DEFAULT_DEVICE_TYPE = "Gateway";

    /** Milliseconds between an Execute of Reboot and the reboot, so that the answer gets out first. */
    long DEFAULT_REBOOT_DELAY = 1000;

    @AttributeDefinition(name = "Manufacturer", required = false,
            description = "Manufacturer (3/0/0). Empty: the DMI vendor of the host.")
    String manufacturer() default "";

    @AttributeDefinition(name = "Model number", required = false,
            description = "Model Number (3/0/1). Empty: the device-tree model or DMI product name.")
    String model() default "";

    @AttributeDefinition(name = "Serial number", required = false,
            description = "Serial Number (3/0/2). Empty: the device-tree, /proc/cpuinfo or DMI serial number.")
    String serial() default "";

    @AttributeDefinition(name = "Device type", required = false, description = "Device Type (3/0/17).")
    String deviceType() default DEFAULT_DEVICE_TYPE;

    @AttributeDefinition(name = "Hardware version", required = false,
            description = "Hardware Version (3/0/18). Empty: the DMI product version, board revision or CPU architecture.")
    String hardwareVersion() default "";

    @AttributeDefinition(name = "Reboot delay (ms)", min = "0",
            description = "Time between the answer to a Reboot (3/0/4) and the reboot, so the answer reaches the server.")
    long rebootDelay() default DEFAULT_REBOOT_DELAY;
}
