package org.lwm2m.gateway.api.driver;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The part of an {@link Actuator} every driver writes the same way: the state and the listeners told of each
 * change. A driver extends it and drives its hardware in {@link #apply}.
 */
public abstract class BaseActuator implements Actuator {

    private final List<ActuatorListener> listeners = new CopyOnWriteArrayList<>();
    private boolean on;
    private double level;

    /** @param level the level in percent, or NaN for an actuator that is only on or off */
    protected BaseActuator(boolean on, double level) {
        this.on = on;
        this.level = level;
    }

    /** Drives the hardware to the new state; called before the listeners hear of it. */
    protected abstract void apply(boolean on, double level);

    @Override
    public synchronized boolean isOn() {
        return on;
    }

    @Override
    public synchronized double level() {
        return level;
    }

    @Override
    public void switchOn(boolean newState) {
        change(newState, level());
    }

    @Override
    public void setLevel(double percent) {
        if (!Double.isNaN(level())) {
            change(isOn(), Math.max(0, Math.min(100, percent)));
        }
    }

    /** A change the device made itself (a button pressed): the listeners hear of it, nothing is driven. */
    protected void report(boolean newState, double newLevel) {
        if (update(newState, newLevel)) {
            listeners.forEach(l -> l.stateChanged(this));
        }
    }

    private void change(boolean newState, double newLevel) {
        synchronized (this) {
            if (on == newState && Double.compare(level, newLevel) == 0) {
                return;
            }
            apply(newState, newLevel);
        }
        report(newState, newLevel);
    }

    private synchronized boolean update(boolean newState, double newLevel) {
        boolean changed = on != newState || Double.compare(level, newLevel) != 0;
        on = newState;
        level = newLevel;
        return changed;
    }

    @Override
    public void addListener(ActuatorListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(ActuatorListener listener) {
        listeners.remove(listener);
    }
}
