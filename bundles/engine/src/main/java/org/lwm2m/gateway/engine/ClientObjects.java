package org.lwm2m.gateway.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.object.ObjectListener;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.osgi.framework.Constants;

/**
 * The objects of one client: of every bound {@link ObjectProvider}, those without an {@code endpoint} property or
 * with this client's endpoint, one per object id. Relays their changes, and its own (a provider that appears or
 * disappears), to the client's listeners.
 */
final class ClientObjects {

    /** A bound provider and what decides between two providers of the same object. */
    private record Bound(ObjectProvider provider, Object endpointProperty, int ranking, long order) {
    }

    /** Endpoint-specific providers before shared ones, then higher ranking, then the one bound first. */
    private static final Comparator<Bound> PREFERENCE = Comparator
            .comparing((Bound b) -> b.endpointProperty() == null)
            .thenComparing(Bound::ranking, Comparator.reverseOrder())
            .thenComparingLong(Bound::order);

    private final Map<ObjectProvider, Bound> bound = new IdentityHashMap<>();
    private final Set<ObjectProvider> attached = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<ObjectListener> listeners = new CopyOnWriteArrayList<>();
    private final ObjectListener relay = new ObjectListener() {
        @Override
        public void instancesChanged(ObjectProvider provider) {
            listeners.forEach(l -> l.instancesChanged(provider));
        }

        @Override
        public void valueChanged(ObjectProvider provider, LwM2mPath path) {
            listeners.forEach(l -> l.valueChanged(provider, path));
        }
    };

    private String endpoint;
    private long nextOrder;
    private volatile SortedMap<Integer, ObjectProvider> effective = Collections.emptySortedMap();

    ClientObjects(String endpoint) {
        this.endpoint = endpoint;
    }

    /** Adds a provider with its service properties. */
    void add(ObjectProvider provider, Map<String, ?> properties) {
        synchronized (this) {
            bound.put(provider, new Bound(provider, properties.get(ObjectProvider.ENDPOINT_PROPERTY),
                    ranking(properties), nextOrder++));
            refresh();
        }
        relay.instancesChanged(provider);
    }

    /** Takes a provider's changed service properties (its endpoint, for example) into account. */
    void update(ObjectProvider provider, Map<String, ?> properties) {
        synchronized (this) {
            Bound old = bound.get(provider);
            if (old == null) {
                return;
            }
            bound.put(provider, new Bound(provider, properties.get(ObjectProvider.ENDPOINT_PROPERTY),
                    ranking(properties), old.order()));
            refresh();
        }
        relay.instancesChanged(provider);
    }

    void remove(ObjectProvider provider) {
        synchronized (this) {
            if (bound.remove(provider) == null) {
                return;
            }
            refresh();
        }
        relay.instancesChanged(provider);
    }

    /** Re-selects the providers for a client whose endpoint name changed. */
    void endpoint(String newEndpoint) {
        List<ObjectProvider> all;
        synchronized (this) {
            endpoint = newEndpoint;
            refresh();
            all = new ArrayList<>(bound.keySet());
        }
        all.forEach(relay::instancesChanged);
    }

    /** The provider of an object for this client, or null. */
    ObjectProvider provider(int objectId) {
        return effective.get(objectId);
    }

    /** This client's providers by ascending object id. */
    Collection<ObjectProvider> providers() {
        return effective.values();
    }

    void addListener(ObjectListener listener) {
        listeners.add(listener);
    }

    void removeListener(ObjectListener listener) {
        listeners.remove(listener);
    }

    /** Detaches from every provider; the providers stay bound. */
    synchronized void close() {
        attached.forEach(p -> p.removeListener(relay));
        attached.clear();
        listeners.clear();
    }

    private void refresh() {
        SortedMap<Integer, Bound> chosen = new TreeMap<>();
        Set<ObjectProvider> mine = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Bound b : bound.values()) {
            if (!belongs(b)) {
                continue;
            }
            mine.add(b.provider());
            chosen.merge(b.provider().model().id(), b, (x, y) -> PREFERENCE.compare(x, y) <= 0 ? x : y);
        }
        for (ObjectProvider p : new ArrayList<>(attached)) {
            if (!mine.contains(p)) {
                p.removeListener(relay);
                attached.remove(p);
            }
        }
        for (ObjectProvider p : mine) {
            if (attached.add(p)) {
                p.addListener(relay);
            }
        }
        SortedMap<Integer, ObjectProvider> map = new TreeMap<>();
        chosen.forEach((id, b) -> map.put(id, b.provider()));
        effective = Collections.unmodifiableSortedMap(map);
    }

    private boolean belongs(Bound b) {
        Object p = b.endpointProperty();
        if (p == null) {
            return true;
        }
        if (p instanceof String[] names) {
            return List.of(names).contains(endpoint);
        }
        if (p instanceof Collection<?> names) {
            return names.contains(endpoint);
        }
        return p.toString().equals(endpoint);
    }

    private static int ranking(Map<String, ?> properties) {
        return properties.get(Constants.SERVICE_RANKING) instanceof Integer r ? r : 0;
    }
}
