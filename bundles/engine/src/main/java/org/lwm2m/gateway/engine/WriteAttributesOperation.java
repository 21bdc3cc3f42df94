package org.lwm2m.gateway.engine;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.model.ResourceType;

/**
 * The Write-Attributes operation (PUT with a query and no payload): changes the notification attributes one server
 * keeps on a path, after checking them against the path and against the attributes inherited from above.
 */
final class WriteAttributesOperation {

    private static final Set<ResourceType> NUMERIC = Set.of(ResourceType.INTEGER, ResourceType.UNSIGNED_INTEGER,
            ResourceType.FLOAT);

    private final AttributeStore store;

    WriteAttributesOperation(AttributeStore store) {
        this.store = store;
    }

    /**
     * @throws LwM2mException 4.00 for an unknown attribute or value, gt/lt/st on anything but a numeric single
     *                        value, edge on anything but a boolean one, or conditions that contradict each other
     */
    CompletableFuture<Reply> write(Target target, List<String> query) throws LwM2mException {
        LwM2mPath path = target.path();
        NotificationAttributes updated = store.at(path).with(query);
        if (updated.hasValueCondition() && !(target.isSingleValue() && NUMERIC.contains(target.resource().type()))) {
            throw LwM2mException.badRequest("gt, lt and st apply to a numeric single resource or resource instance, "
                    + "not " + path);
        }
        if (updated.edge() != null && !(target.isSingleValue() && target.resource().type() == ResourceType.BOOLEAN)) {
            throw LwM2mException.badRequest("edge applies to a boolean single resource or resource instance, not "
                    + path);
        }
        NotificationAttributes above = path.isObject() ? NotificationAttributes.NONE : store.inForce(path.parent());
        updated.inherit(above).checkTogether();
        store.put(path, updated);
        return CompletableFuture.completedFuture(Reply.changed());
    }
}
