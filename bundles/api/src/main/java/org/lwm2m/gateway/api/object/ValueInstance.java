package org.lwm2m.gateway.api.object;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.model.ResourceModel;
import org.lwm2m.gateway.api.node.MultipleResource;
import org.lwm2m.gateway.api.node.ResourceNode;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;

/**
 * An object instance whose resources are values held in memory or read live from suppliers, with optional
 * execute handlers and write checks. The easiest way to implement an object: declare the resources the
 * instance has, then let servers and applications read and write them.
 */
public class ValueInstance implements ObjectInstance {

    /** Runs an executable resource. */
    @FunctionalInterface
    public interface ExecuteHandler {
        void execute(String arguments) throws LwM2mException;
    }

    /** Refuses a value before it is written. */
    @FunctionalInterface
    public interface WriteCheck {
        void check(ResourceNode value) throws LwM2mException;
    }

    private final ObjectModel model;
    private final int id;
    private final IntConsumer onChange;
    private final Map<Integer, ResourceNode> values = new ConcurrentHashMap<>();
    private final Map<Integer, Supplier<ResourceNode>> suppliers = new ConcurrentHashMap<>();
    /** The last value each bound resource was read with, to tell a change from a repeat. */
    private final Map<Integer, ResourceNode> sampled = new ConcurrentHashMap<>();
    private final Map<Integer, ExecuteHandler> handlers = new ConcurrentHashMap<>();
    private final Map<Integer, WriteCheck> checks = new ConcurrentHashMap<>();

    /**
     * @param onChange told the resource id whenever a value set locally or read from a supplier differs from the
     *                 one before (not on {@link #write}, whose caller reports the change itself)
     */
    public ValueInstance(ObjectModel model, int id, IntConsumer onChange) {
        this.model = model;
        this.id = id;
        this.onChange = onChange;
    }

    public int id() {
        return id;
    }

    /** Sets a single resource's value; listeners hear of it if the value is not the one the resource had. */
    public ValueInstance set(int resourceId, Value value) {
        return store(new SingleResource(resourceId, value));
    }

    /** Sets all instances of a multiple resource, numbered 0, 1, 2 ...; listeners hear of it if they changed. */
    public ValueInstance setAll(int resourceId, List<Value> list) {
        return store(MultipleResource.ofList(resourceId, model(resourceId).type(), list));
    }

    /** Sets a resource where the object's model has it, and does nothing where it has not (an optional one). */
    public ValueInstance setIfModelled(int resourceId, Value value) {
        return model.resource(resourceId) != null ? set(resourceId, value) : this;
    }

    /**
     * Reads the resource live from {@code supplier} at every read, until a value is written. A read that finds
     * a value other than the previous read found tells the listeners, so a bound value reports its changes as
     * soon as anyone reads it.
     */
    public ValueInstance bind(int resourceId, Supplier<Value> supplier) {
        model(resourceId);
        return supply(resourceId, () -> new SingleResource(resourceId, supplier.get()));
    }

    /** Reads a multiple resource live from {@code supplier} at every read, as {@link #bind} does. */
    public ValueInstance bindAll(int resourceId, Supplier<List<Value>> supplier) {
        ResourceModel rm = model(resourceId);
        return supply(resourceId, () -> MultipleResource.ofList(resourceId, rm.type(), supplier.get()));
    }

    private ValueInstance store(ResourceNode node) {
        ResourceNode before = get(node.id());
        values.put(node.id(), node);
        suppliers.remove(node.id());
        sampled.remove(node.id());
        if (!node.equals(before)) {
            onChange.accept(node.id());
        }
        return this;
    }

    private ValueInstance supply(int resourceId, Supplier<ResourceNode> supplier) {
        suppliers.put(resourceId, supplier);
        values.remove(resourceId);
        sampled.remove(resourceId);
        return this;
    }

    /** Makes an executable resource present and runs {@code handler} on execute. */
    public ValueInstance onExecute(int resourceId, ExecuteHandler handler) {
        model(resourceId);
        handlers.put(resourceId, handler);
        return this;
    }

    /** Adds a check run before any write of the resource. */
    public ValueInstance onWrite(int resourceId, WriteCheck check) {
        model(resourceId);
        checks.put(resourceId, check);
        return this;
    }

    /** The current node of a resource, or null if the instance lacks it. */
    public ResourceNode get(int resourceId) {
        Supplier<ResourceNode> s = suppliers.get(resourceId);
        if (s == null) {
            return values.get(resourceId);
        }
        ResourceNode node = s.get();
        ResourceNode previous = sampled.put(resourceId, node);
        if (previous != null && !previous.equals(node)) {
            onChange.accept(resourceId);
        }
        return node;
    }

    @Override
    public SortedSet<Integer> resourceIds() {
        SortedSet<Integer> ids = new TreeSet<>(values.keySet());
        ids.addAll(suppliers.keySet());
        ids.addAll(handlers.keySet());
        return Collections.unmodifiableSortedSet(ids);
    }

    @Override
    public ResourceNode read(int resourceId) throws LwM2mException {
        ResourceNode node = get(resourceId);
        if (node == null) {
            throw LwM2mException.notFound(LwM2mPath.of(model.id(), id, resourceId));
        }
        return node;
    }

    @Override
    public void check(ResourceNode resource, WriteMode mode) throws LwM2mException {
        if (handlers.containsKey(resource.id())) {
            throw LwM2mException.notAllowed("resource " + resource.id() + " is executable");
        }
        WriteCheck check = checks.get(resource.id());
        if (check != null) {
            check.check(resource);
        }
    }

    @Override
    public void write(ResourceNode resource, WriteMode mode) {
        suppliers.remove(resource.id());
        sampled.remove(resource.id());
        ResourceNode current = values.get(resource.id());
        if (mode == WriteMode.UPDATE && resource instanceof MultipleResource update
                && current instanceof MultipleResource existing) {
            SortedMap<Integer, Value> merged = new TreeMap<>(existing.instances());
            merged.putAll(update.instances());
            values.put(resource.id(), new MultipleResource(resource.id(), existing.type(), merged));
        } else {
            values.put(resource.id(), resource);
        }
    }

    @Override
    public void reset(int resourceId) {
        values.remove(resourceId);
        suppliers.remove(resourceId);
        sampled.remove(resourceId);
    }

    @Override
    public void execute(int resourceId, String arguments) throws LwM2mException {
        ExecuteHandler h = handlers.get(resourceId);
        if (h == null) {
            throw LwM2mException.notAllowed("resource " + resourceId + " is not executable");
        }
        h.execute(arguments);
    }

    private ResourceModel model(int resourceId) {
        ResourceModel rm = model.resource(resourceId);
        if (rm == null) {
            throw new IllegalArgumentException("object " + model.id() + " has no resource " + resourceId);
        }
        return rm;
    }
}
