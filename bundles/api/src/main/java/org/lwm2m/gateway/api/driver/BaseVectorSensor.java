package org.lwm2m.gateway.api.driver;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The part of a {@link VectorSensor} every driver writes the same way: the latest values and the listeners told of
 * each new one. A driver extends it and calls {@link #report} whenever it samples.
 */
public abstract class BaseVectorSensor implements VectorSensor {

    private final List<VectorSensorListener> listeners = new CopyOnWriteArrayList<>();
    private volatile Vector value;

    /** @param initial the values until the first {@link #report} */
    protected BaseVectorSensor(Vector initial) {
        this.value = initial;
    }

    /** Takes a sample: values other than the latest ones become the latest and the listeners hear of them. */
    protected void report(Vector sample) {
        if (!sample.equals(value)) {
            value = sample;
            listeners.forEach(l -> l.valueChanged(this, sample));
        }
    }

    @Override
    public Vector value() {
        return value;
    }

    @Override
    public void addListener(VectorSensorListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(VectorSensorListener listener) {
        listeners.remove(listener);
    }
}
