package org.lwm2m.gateway.driver.linux;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Where the Linux driver looks and how often. */
@ObjectClassDefinition(name = "LwM2M Linux driver",
        description = "Thermal zones and power supplies of this host as sensors, and its identity, memory and battery "
                + "as device information, from sysfs and procfs.")
@interface LinuxDriverConfig {

    String PID = "org.lwm2m.gateway.driver.linux";

    @AttributeDefinition(name = "sysfs", description = "Where sysfs is mounted.")
    String sysfs() default "/sys";

    @AttributeDefinition(name = "procfs", description = "Where procfs is mounted.")
    String procfs() default "/proc";

    @AttributeDefinition(name = "os-release", description = "The file that names the operating system.")
    String osRelease() default "/etc/os-release";

    @AttributeDefinition(name = "Sample period", description = "Seconds between two readings of every sensor.",
            min = "1")
    int samplePeriod() default 5;

    @AttributeDefinition(name = "Scan period",
            description = "Seconds between two looks for sensors that appeared or went.", min = "1")
    int scanPeriod() default 30;
}
