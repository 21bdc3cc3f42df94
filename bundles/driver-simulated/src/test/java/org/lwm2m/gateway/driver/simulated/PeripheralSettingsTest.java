package org.lwm2m.gateway.driver.simulated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A simulated peripheral's configuration checked, and the waveforms it draws. */
class PeripheralSettingsTest {

    @Test
    void aKindAloneTakesItsUsualUnitAndRange() {
        PeripheralSettings settings = PeripheralSettings.of(config("Humidity", "", "", "", "sine", 60));
        assertEquals(Kind.HUMIDITY, settings.kind());
        assertEquals("%RH", settings.unit());
        assertEquals(30, settings.min());
        assertEquals(70, settings.max());
        assertEquals(Duration.ofSeconds(1), settings.sampling(), "at least once a second");
        assertEquals(Duration.ofMillis(100),
                PeripheralSettings.of(config("voltage", "mV", "0", "5000", "step", 0.5)).sampling(),
                "at most ten times a second");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "siren       | 0   | 1   | sine     | 60  | kind = 'siren': must be temperature",
        "temperature | ten | 30  | sine     | 60  | min = 'ten': not a number",
        "temperature | 40  | 30  | sine     | 60  | min = 40.0 is above max = 30.0",
        "temperature | 20  | 30  | triangle | 60  | waveform = 'triangle': must be constant, sine, random or step",
        "temperature | 20  | 30  | sine     | 0   | period = 0.0: must be 0.1 seconds or more",
        "temperature | 20  | NaN | sine     | 60  | max = 'NaN': not a finite number",
    })
    void aBadConfigurationIsRefusedWithOneClearReason(String kind, String min, String max, String waveform,
            double period, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PeripheralSettings.of(config(kind, "", min, max, waveform, period)));
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
    }

    @Test
    void waveformsStayInTheirRange() {
        Random random = new Random(5);
        assertEquals(25, Waveform.CONSTANT.valueAt(7, 20, 30, 10, random));
        assertEquals(25, Waveform.SINE.valueAt(0, 20, 30, 10, random), 1e-9);
        assertEquals(30, Waveform.SINE.valueAt(2.5, 20, 30, 10, random), 1e-9);
        assertEquals(20, Waveform.STEP.valueAt(4.9, 20, 30, 10, random));
        assertEquals(30, Waveform.STEP.valueAt(5.1, 20, 30, 10, random));
        for (int i = 0; i < 1000; i++) {
            double value = Waveform.RANDOM.valueAt(i, 20, 30, 10, random);
            assertTrue(value >= 20 && value <= 30, "random " + value);
        }
    }

    private static SimulatedPeripheralConfig config(String kind, String unit, String min, String max,
            String waveform, double period) {
        return new SimulatedPeripheralConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return SimulatedPeripheralConfig.class;
            }

            @Override
            public String kind() {
                return kind;
            }

            @Override
            public String unit() {
                return unit;
            }

            @Override
            public String min() {
                return min;
            }

            @Override
            public String max() {
                return max;
            }

            @Override
            public String waveform() {
                return waveform;
            }

            @Override
            public double period() {
                return period;
            }
        };
    }
}
