package org.lwm2m.gateway.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.lwm2m.gateway.api.LwM2mPath;

/**
 * The notification attributes one management server wrote, by path. What is in force on a path is inherited
 * level by level: object, instance, resource, resource instance, the lower level winning (Core §5.1.2). Another
 * server's attributes live in another store.
 */
final class AttributeStore {

    private final Map<LwM2mPath, NotificationAttributes> written = new ConcurrentHashMap<>();

    /** What was written on exactly this path. */
    NotificationAttributes at(LwM2mPath path) {
        return written.getOrDefault(path, NotificationAttributes.NONE);
    }

    /** What is in force on {@code path}: its own attributes, then those of each level above. */
    NotificationAttributes inForce(LwM2mPath path) {
        NotificationAttributes result = NotificationAttributes.NONE;
        LwM2mPath level = path;
        while (!level.isRoot()) {
            result = result.inherit(at(level));
            level = level.parent();
        }
        return result;
    }

    void put(LwM2mPath path, NotificationAttributes attributes) {
        if (attributes.isEmpty()) {
            written.remove(path);
        } else {
            written.put(path, attributes);
        }
    }
}
