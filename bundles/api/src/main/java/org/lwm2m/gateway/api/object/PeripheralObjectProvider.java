package org.lwm2m.gateway.api.object;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.IntFunction;

import org.lwm2m.gateway.api.model.ObjectModel;

/**
 * An object with one instance per peripheral service (a sensor, an actuator), numbered with the lowest free id and
 * coming and going with its peripheral: what the IPSO object bundles share.
 *
 * @param <P> the driver service a peripheral is
 */
public abstract class PeripheralObjectProvider<P> extends BaseObjectProvider {

    private final Map<P, ObjectInstance> byPeripheral = new IdentityHashMap<>();

    protected PeripheralObjectProvider(ObjectModel model) {
        super(model);
    }

    /**
     * Serves a peripheral as a new instance, which the servers learn of through an Update.
     *
     * @return the new instance, or null if the peripheral is served already
     */
    protected final <I extends ObjectInstance> I attach(P peripheral, IntFunction<I> newInstance) {
        synchronized (byPeripheral) {
            if (byPeripheral.containsKey(peripheral)) {
                return null;
            }
            int id = 0;
            while (instance(id) != null) {
                id++;
            }
            I instance = newInstance.apply(id);
            byPeripheral.put(peripheral, instance);
            putInstance(id, instance);
            return instance;
        }
    }

    /**
     * Stops serving a peripheral: its instance goes.
     *
     * @return the instance it had, or null if it was not served
     */
    protected final ObjectInstance detach(P peripheral) {
        synchronized (byPeripheral) {
            ObjectInstance instance = byPeripheral.remove(peripheral);
            if (instance != null) {
                instanceIds().stream().filter(id -> instance(id) == instance).findFirst()
                        .ifPresent(this::removeInstance);
            }
            return instance;
        }
    }
}
