package org.lwm2m.gateway.object.location;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Where a gateway that does not move stands, as its operator configures it. */
@ObjectClassDefinition(id = LocationConfig.PID, name = "LwM2M gateway location",
        description = "The position of a gateway without a GNSS receiver, served as Location (6).")
@interface LocationConfig {

    String PID = "org.lwm2m.gateway.location";

    @AttributeDefinition(name = "Latitude", description = "Degrees, -90 to 90 (north positive).", min = "-90",
            max = "90")
    double latitude();

    @AttributeDefinition(name = "Longitude", description = "Degrees, -180 to 180 (east positive).", min = "-180",
            max = "180")
    double longitude();

    @AttributeDefinition(name = "Altitude", required = false, description = "Metres above sea level; empty if unknown.")
    String altitude() default "";

    @AttributeDefinition(name = "Radius", required = false,
            description = "How far off the position may be, in metres; empty if unknown.")
    String radius() default "";
}
