package org.lwm2m.gateway.object.device;

import static org.lwm2m.gateway.api.LwM2mIds.Device.CURRENT_TIME;
import static org.lwm2m.gateway.api.LwM2mIds.Device.TIMEZONE;
import static org.lwm2m.gateway.api.LwM2mIds.Device.UTC_OFFSET;

import java.time.Instant;
import java.util.SortedSet;
import java.util.function.IntConsumer;

import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.model.ResourceModel;
import org.lwm2m.gateway.api.node.ResourceNode;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.api.object.ObjectInstance;
import org.lwm2m.gateway.api.object.ValueInstance;
import org.lwm2m.gateway.api.object.WriteMode;

/**
 * Instance 0 of the Device object. Values live in a {@link ValueInstance}, except Current Time, UTC Offset and
 * Timezone: a write to those adjusts the {@link DeviceClock} instead of freezing a value, so time keeps running.
 * Every write is checked against the DDF (shape, type, integer range) first.
 */
final class DeviceInstance implements ObjectInstance {

    private final ObjectModel model;
    private final ValueInstance values;
    private final DeviceClock clock;
    private final IntConsumer onChange;

    /** @param onChange told about a resource that changed as a side effect of a write (UTC Offset after Timezone) */
    DeviceInstance(ObjectModel model, ValueInstance values, DeviceClock clock, IntConsumer onChange) {
        this.model = model;
        this.values = values;
        this.clock = clock;
        this.onChange = onChange;
        values.bind(CURRENT_TIME, () -> Value.time(clock.now().getEpochSecond()))
                .bind(UTC_OFFSET, () -> Value.of(clock.utcOffset()))
                .bind(TIMEZONE, () -> Value.of(clock.zone().getId()));
    }

    @Override
    public SortedSet<Integer> resourceIds() {
        return values.resourceIds();
    }

    @Override
    public ResourceNode read(int resourceId) throws LwM2mException {
        return values.read(resourceId);
    }

    @Override
    public void check(ResourceNode resource, WriteMode mode) throws LwM2mException {
        ResourceModel resourceModel = model.resource(resource.id());
        if (resourceModel == null) {
            throw LwM2mException.notFound(LwM2mPath.of(model.id(), 0, resource.id()));
        }
        values.check(resource, mode);
        ResourceConstraints.check(resourceModel, resource);
        try {
            if (resource.id() == UTC_OFFSET) {
                DeviceClock.parseUtcOffset(text(resource));
            } else if (resource.id() == TIMEZONE) {
                DeviceClock.parseZone(text(resource));
            }
        } catch (IllegalArgumentException e) {
            throw LwM2mException.badRequest(e.getMessage());
        }
    }

    @Override
    public void write(ResourceNode resource, WriteMode mode) throws LwM2mException {
        switch (resource.id()) {
            case CURRENT_TIME -> clock.setNow(Instant.ofEpochSecond(
                    ((Value.Time) ((SingleResource) resource).value()).epochSeconds()));
            case UTC_OFFSET -> clock.setUtcOffset(text(resource));
            case TIMEZONE -> {
                String offset = clock.utcOffset();
                clock.setZone(text(resource));
                if (!offset.equals(clock.utcOffset())) {
                    onChange.accept(UTC_OFFSET);
                }
            }
            default -> values.write(resource, mode);
        }
    }

    @Override
    public void execute(int resourceId, String arguments) throws LwM2mException {
        values.execute(resourceId, arguments);
    }

    private static String text(ResourceNode resource) {
        return ((Value.Str) ((SingleResource) resource).value()).value();
    }
}
