package org.lwm2m.gateway.api.driver;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The part of a {@link Sensor} every driver writes the same way: the latest value and the listeners told of each
 * new one. A driver extends it and calls {@link #report} whenever it samples.
 */
public abstract class BaseSensor implements Sensor {

    private final List<SensorListener> listeners = new CopyOnWriteArrayList<>();
    private volatile double value;

    /** @param initial the value until the first {@link #report} */
    protected BaseSensor(double initial) {
        this.value = initial;
    }

    /** Takes a sample: a value other than the latest one becomes the latest and the listeners hear of it. */
    protected void report(double sample) {
        if (Double.compare(sample, value) != 0) {
            value = sample;
            listeners.forEach(l -> l.valueChanged(this, sample));
        }
    }

    @Override
    public double value() {
        return value;
    }

    @Override
    public void addListener(SensorListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(SensorListener listener) {
        listeners.remove(listener);
    }
}
