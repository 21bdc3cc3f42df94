package org.lwm2m.gateway.api.object;

import java.util.SortedSet;

import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.node.ResourceNode;
import org.osgi.annotation.versioning.ConsumerType;

/** One instance of an object served by a {@link BaseObjectProvider}; calls are synchronous and short. */
@ConsumerType
public interface ObjectInstance {

    SortedSet<Integer> resourceIds();

    ResourceNode read(int resourceId) throws LwM2mException;

    /** Refuses a value before anything is written; the default accepts every value. */
    default void check(ResourceNode resource, WriteMode mode) throws LwM2mException {
    }

    /** Applies a value that {@link #check} accepted; {@code mode} is REPLACE or UPDATE. */
    void write(ResourceNode resource, WriteMode mode) throws LwM2mException;

    /**
     * Removes the value of an optional writable resource, as a Write that replaces the whole instance does for the
     * resources it does not carry. The default keeps the value: for an instance whose resources cannot go away.
     */
    default void reset(int resourceId) {
    }

    /** Executes a resource; the default refuses with 4.05. */
    default void execute(int resourceId, String arguments) throws LwM2mException {
        throw LwM2mException.notAllowed("resource " + resourceId + " is not executable");
    }
}
