package org.lwm2m.gateway.api.object;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.driver.BaseSensor;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;

/** Sensors as instances of an IPSO object: they come and go, report values, and keep their extremes. */
class SensorObjectProviderTest {

    private final TemperatureObject object = new TemperatureObject();
    private final List<LwM2mPath> changed = new CopyOnWriteArrayList<>();
    private final List<Set<Integer>> instanceSets = new CopyOnWriteArrayList<>();

    SensorObjectProviderTest() {
        object.addListener(new ObjectListener() {
            @Override
            public void instancesChanged(ObjectProvider provider) {
                instanceSets.add(new TreeSet<>(provider.instanceIds()));
            }

            @Override
            public void valueChanged(ObjectProvider provider, LwM2mPath path) {
                changed.add(path);
            }
        });
    }

    @Test
    void eachSensorIsAnInstanceWithTheLowestFreeId() {
        FakeSensor a = new FakeSensor(21.5);
        FakeSensor b = new FakeSensor(19);
        FakeSensor c = new FakeSensor(30);
        object.addSensor(a);
        object.addSensor(b);
        object.removeSensor(a);
        object.addSensor(c);
        object.removeSensor(b);

        assertEquals(List.of(Set.of(0), Set.of(0, 1), Set.of(1), Set.of(0, 1), Set.of(0)), instanceSets);
        assertEquals(Value.of(30.0), read(0, SensorObjectProvider.SENSOR_VALUE));
        a.sample(99);
        assertEquals(Value.of(30.0), read(0, SensorObjectProvider.SENSOR_VALUE), "a removed sensor is not heard");
    }

    @Test
    void valuesRangeUnitAndExtremesAreReportedAndResetStartsTheExtremesAgain() throws Exception {
        FakeSensor sensor = new FakeSensor(21.5);
        object.addSensor(sensor);
        assertEquals(Value.of("Cel"), read(0, SensorObjectProvider.UNITS));
        assertEquals(Value.of(-40.0), read(0, SensorObjectProvider.MIN_RANGE));
        assertEquals(Value.of(85.0), read(0, SensorObjectProvider.MAX_RANGE));

        changed.clear();
        sensor.sample(25);
        sensor.sample(18);

        assertEquals(Value.of(18.0), read(0, SensorObjectProvider.SENSOR_VALUE));
        assertEquals(Value.of(18.0), read(0, SensorObjectProvider.MIN_MEASURED));
        assertEquals(Value.of(25.0), read(0, SensorObjectProvider.MAX_MEASURED));
        assertTrue(changed.contains(LwM2mPath.of(3303, 0, SensorObjectProvider.SENSOR_VALUE)), changed.toString());

        object.execute(Requester.SYSTEM, 0, SensorObjectProvider.RESET_MIN_MAX, "").toCompletableFuture().get();

        assertEquals(Value.of(18.0), read(0, SensorObjectProvider.MAX_MEASURED));
    }

    private Value read(int instanceId, int resourceId) {
        return ((SingleResource) object.read(Requester.SYSTEM, instanceId, resourceId).toCompletableFuture().join())
                .value();
    }

    private static final class TemperatureObject extends SensorObjectProvider {
        TemperatureObject() {
            super(ObjectModel.standard(3303, "1.1"));
        }
    }

    /** A sensor whose values the test reports. */
    private static final class FakeSensor extends BaseSensor {

        FakeSensor(double value) {
            super(value);
        }

        void sample(double value) {
            report(value);
        }

        @Override
        public String unit() {
            return "Cel";
        }

        @Override
        public double minRange() {
            return -40;
        }

        @Override
        public double maxRange() {
            return 85;
        }
    }
}
