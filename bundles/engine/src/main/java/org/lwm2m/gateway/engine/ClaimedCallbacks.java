package org.lwm2m.gateway.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.client.ExecuteCallback;

/** The executable resources applications claimed, with the callback that runs instead of the object's handler. */
final class ClaimedCallbacks {

    private final Map<LwM2mPath, ExecuteCallback> callbacks = new ConcurrentHashMap<>();

    /**
     * Claims a resource; a later claim of the same path replaces this one. Closing the result gives the resource
     * back, unless someone else claimed it since.
     *
     * @throws IllegalArgumentException if {@code path} is not a resource path
     */
    AutoCloseable claim(String path, ExecuteCallback callback) {
        LwM2mPath p = LwM2mPath.parse(path);
        if (!p.isResource()) {
            throw new IllegalArgumentException("only a resource can be executed: " + path);
        }
        if (callback == null) {
            throw new IllegalArgumentException("no callback");
        }
        callbacks.put(p, callback);
        return () -> callbacks.remove(p, callback);
    }

    /** The callback claimed for this path, or null. */
    ExecuteCallback callback(LwM2mPath path) {
        return callbacks.get(path);
    }
}
