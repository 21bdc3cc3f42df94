package org.lwm2m.gateway.api.object;

import org.lwm2m.gateway.api.model.ObjectModel;

/**
 * An object whose one instance, 0, shows what the highest-ranked driver of a kind tells (Connectivity Monitoring,
 * Location): there while such a driver is bound, built anew for each. A subclass declares the optional, dynamic,
 * greedy reference to its drivers and calls {@link #follow} and {@link #unfollow} from its bind and unbind methods.
 *
 * @param <D> the driver service
 */
public abstract class DriverObjectProvider<D> extends BaseObjectProvider {

    private D driver;

    protected DriverObjectProvider(ObjectModel model) {
        super(model);
    }

    /** Instance 0 as it shows {@code driver}, reading it live. */
    protected abstract ObjectInstance instanceFor(D driver);

    /** Shows this driver from now on; the servers learn of a new instance through an Update. */
    protected final synchronized void follow(D bound) {
        driver = bound;
        putInstance(0, instanceFor(bound));
    }

    /** Stops showing this driver, if it is the one shown: instance 0 goes. */
    protected final synchronized void unfollow(D unbound) {
        if (driver == unbound) {
            driver = null;
            removeInstance(0);
        }
    }
}
