package org.lwm2m.gateway.ipso.powermeasurement;

import java.time.InstantSource;

import org.lwm2m.gateway.api.driver.Sensor;
import org.lwm2m.gateway.api.driver.SensorListener;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.lwm2m.gateway.api.object.SensorObjectProvider;
import org.lwm2m.gateway.api.object.ValueInstance;
import org.osgi.service.component.annotations.Component;

/**
 * IPSO Power Measurement (3305): an instance for every {@link Sensor} of quantity "power", its value the
 * instantaneous active power (5800) with the measured extremes (5801, 5802) and the range (5803, 5804), and the
 * energy used since the instance appeared or since its last reset (5805 in Wh, read live; reset by 5822).
 */
@Component(service = ObjectProvider.class, property = SensorObjectProvider.SENSORS + ".target=("
        + Sensor.QUANTITY + "=" + Sensor.QUANTITY_POWER + ")")
public class PowerMeasurementObject extends SensorObjectProvider {

    static final int CUMULATIVE_ACTIVE_POWER = 5805;
    static final int RESET_CUMULATIVE_ENERGY = 5822;

    private final InstantSource clock;

    public PowerMeasurementObject() {
        this(InstantSource.system());
    }

    /** @param clock when each power value was seen, which the energy is integrated over */
    PowerMeasurementObject(InstantSource clock) {
        super(ObjectModel.load(PowerMeasurementObject.class, "/ddf/3305-1_1.xml"), Resources.ACTIVE_POWER);
        this.clock = clock;
    }

    @Override
    protected SensorListener follow(ValueInstance instance, Sensor sensor) {
        EnergyMeter meter = new EnergyMeter(clock, sensor.value());
        instance.bind(CUMULATIVE_ACTIVE_POWER, () -> Value.of(meter.energy()));
        instance.onExecute(RESET_CUMULATIVE_ENERGY, arguments -> meter.reset());
        return meter;
    }
}
