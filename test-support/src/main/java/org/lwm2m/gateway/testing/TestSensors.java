package org.lwm2m.gateway.testing;

import org.lwm2m.gateway.api.driver.BaseSensor;
import org.lwm2m.gateway.api.driver.BaseVectorSensor;
import org.lwm2m.gateway.api.driver.VectorSensor;

/** Sensors whose values a test sets, for the tests of the objects that serve them. */
public final class TestSensors {

    private TestSensors() {
    }

    /** A sensor with a unit and a range, which reports what the test samples. */
    public static final class Scalar extends BaseSensor {

        private final String unit;
        private final double min;
        private final double max;

        public Scalar(double initial, String unit, double min, double max) {
            super(initial);
            this.unit = unit;
            this.min = min;
            this.max = max;
        }

        public void sample(double value) {
            report(value);
        }

        @Override
        public String unit() {
            return unit;
        }

        @Override
        public double minRange() {
            return min;
        }

        @Override
        public double maxRange() {
            return max;
        }
    }

    /** A three-axis sensor with a unit and a range, which reports what the test samples. */
    public static final class Vector3 extends BaseVectorSensor {

        private final String unit;
        private final double min;
        private final double max;

        public Vector3(VectorSensor.Vector initial, String unit, double min, double max) {
            super(initial);
            this.unit = unit;
            this.min = min;
            this.max = max;
        }

        public void sample(VectorSensor.Vector value) {
            report(value);
        }

        @Override
        public String unit() {
            return unit;
        }

        @Override
        public double minRange() {
            return min;
        }

        @Override
        public double maxRange() {
            return max;
        }
    }
}
