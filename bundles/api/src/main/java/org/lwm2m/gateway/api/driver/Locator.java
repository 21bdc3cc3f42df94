package org.lwm2m.gateway.api.driver;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalDouble;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Where the gateway is: a GNSS receiver's driver, or the position an operator configured for a gateway that does not
 * move. A locator registers once it has a position; Location (6) follows the highest-ranked one.
 * <p>
 * Calls are cheap and never block: a driver answers from its last fix.
 */
@ConsumerType
public interface Locator {

    /**
     * One position.
     *
     * @param latitude  degrees, -90 to 90
     * @param longitude degrees, -180 to 180
     * @param altitude  metres above sea level, where known
     * @param radius    the radius of the area the position may be off by, in metres, where known
     * @param speed     metres per second, where known
     * @param time      when the position was taken
     */
    record Fix(double latitude, double longitude, OptionalDouble altitude, OptionalDouble radius,
            OptionalDouble speed, Instant time) {

        public Fix {
            if (!(latitude >= -90 && latitude <= 90)) {
                throw new IllegalArgumentException("latitude " + latitude + " is not from -90 to 90 degrees");
            }
            if (!(longitude >= -180 && longitude <= 180)) {
                throw new IllegalArgumentException("longitude " + longitude + " is not from -180 to 180 degrees");
            }
            Objects.requireNonNull(altitude, "altitude");
            Objects.requireNonNull(radius, "radius");
            Objects.requireNonNull(speed, "speed");
            Objects.requireNonNull(time, "time");
        }
    }

    /** The latest position. */
    Fix fix();
}
