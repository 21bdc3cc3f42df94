package org.lwm2m.gateway.driver.simulated;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** One simulated peripheral: a factory configuration of {@value #FACTORY_PID} per peripheral. */
@ObjectClassDefinition(name = "LwM2M simulated peripheral",
        description = "A peripheral that does not exist: a sensor whose values follow a waveform between min and max, "
                + "or a lamp or relay that servers switch. Each "
                + "configuration adds one; deleting it removes the peripheral.")
@interface SimulatedPeripheralConfig {

    String FACTORY_PID = "org.lwm2m.gateway.driver.simulated";

    @AttributeDefinition(name = "Kind", description = "What the peripheral measures, or what it switches.",
            options = {
        @Option(label = "Temperature", value = "temperature"), @Option(label = "Humidity", value = "humidity"),
        @Option(label = "Pressure", value = "pressure"), @Option(label = "Voltage", value = "voltage"),
        @Option(label = "Current", value = "current"), @Option(label = "Generic", value = "generic"),
        @Option(label = "Analog input", value = "analog"), @Option(label = "Power meter", value = "power"),
        @Option(label = "Filling level", value = "filling"),
        @Option(label = "Accelerometer", value = "acceleration"), @Option(label = "Magnetometer", value = "magnetic"),
        @Option(label = "Digital input", value = "digital"),
        @Option(label = "Push button", value = "button"), @Option(label = "On/off switch (input)", value = "toggle"),
        @Option(label = "Light (dimmable lamp)", value = "light"), @Option(label = "Switch (relay)", value = "switch"),
        @Option(label = "Buzzer", value = "buzzer"), @Option(label = "Digital output", value = "output")})
    String kind() default "temperature";

    @AttributeDefinition(name = "Unit", required = false,
            description = "Unit of the values (empty: the kind's usual unit, such as Cel for a temperature).")
    String unit() default "";

    @AttributeDefinition(name = "Minimum", required = false,
            description = "Lowest value (empty: the kind's usual range).")
    String min() default "";

    @AttributeDefinition(name = "Maximum", required = false,
            description = "Highest value (empty: the kind's usual range).")
    String max() default "";

    @AttributeDefinition(name = "Waveform", description = "How the value moves between minimum and maximum.",
            options = {@Option(label = "Constant (the middle)", value = "constant"),
                @Option(label = "Sine", value = "sine"), @Option(label = "Random", value = "random"),
                @Option(label = "Step (minimum, then maximum)", value = "step")})
    String waveform() default "sine";

    @AttributeDefinition(name = "Period", description = "Seconds of one sine wave or one step cycle.", min = "0.1")
    double period() default 60;
}
