package org.lwm2m.gateway.object.location;

import org.lwm2m.gateway.api.LwM2mIds;
import org.lwm2m.gateway.api.driver.Locator;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.api.object.DriverObjectProvider;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.lwm2m.gateway.api.object.ValueInstance;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * LwM2M Location (6, version 1.0), shared by every client: instance 0 is the latest fix of the highest-ranked
 * {@link Locator}, read live: latitude (0), longitude (1), timestamp (5), and where the fix has them altitude (2),
 * radius (3) and speed (6). Without a locator the object has no instance.
 */
@Component(service = ObjectProvider.class)
public class LocationObject extends DriverObjectProvider<Locator> {

    static final int LATITUDE = 0;
    static final int LONGITUDE = 1;
    static final int ALTITUDE = 2;
    static final int RADIUS = 3;
    static final int TIMESTAMP = 5;
    static final int SPEED = 6;

    private static final ObjectModel MODEL = ObjectModel.standard(6, "1.0");

    public LocationObject() {
        super(MODEL);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void bindLocator(Locator bound) {
        follow(bound);
    }

    public void unbindLocator(Locator unbound) {
        unfollow(unbound);
    }

    @Override
    protected ValueInstance instanceFor(Locator bound) {
        ValueInstance instance = new ValueInstance(model(), 0, resourceId -> fireValueChanged(0, resourceId))
                .bind(LATITUDE, () -> Value.of(bound.fix().latitude()))
                .bind(LONGITUDE, () -> Value.of(bound.fix().longitude()))
                .bind(TIMESTAMP, () -> Value.time(bound.fix().time().getEpochSecond()));
        Locator.Fix first = bound.fix();
        if (first.altitude().isPresent()) {
            instance.bind(ALTITUDE, () -> Value.of(bound.fix().altitude().orElse(Double.NaN)));
        }
        if (first.radius().isPresent()) {
            instance.bind(RADIUS, () -> Value.of(bound.fix().radius().orElse(Double.NaN)));
        }
        if (first.speed().isPresent()) {
            instance.bind(SPEED, () -> Value.of(bound.fix().speed().orElse(Double.NaN)));
        }
        return instance;
    }
}
