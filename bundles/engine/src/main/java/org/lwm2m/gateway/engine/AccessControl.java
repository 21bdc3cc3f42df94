package org.lwm2m.gateway.engine;

import java.util.List;
import java.util.Optional;

import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.LwM2mIds;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.ResponseCode;
import org.lwm2m.gateway.api.node.MultipleResource;
import org.lwm2m.gateway.api.node.ResourceNode;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.lwm2m.gateway.api.object.Requester;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rights of management servers from the Access Control object (2), checked when a client has several servers
 * and its access control is provisioned (it has Access Control instances). A client with one server, or whose
 * Access Control object is absent or empty, lets its servers do everything its objects allow, as LwM2M prescribes
 * for one server and as clients without the object behave.
 * <p>
 * A server's rights on an object instance come from the Access Control instance that names it: the ACL entry with
 * the server's short id; else all rights if the server owns that Access Control instance; else the default entry
 * (id 0); else none. An instance without an Access Control instance grants nothing. The right to create comes from
 * the Access Control instance of the object (instance id 65535). An Access Control instance itself is open only to
 * its owner.
 */
final class AccessControl {

    static final int READ = 1;
    static final int WRITE = 2;
    static final int EXECUTE = 4;
    static final int DELETE = 8;
    static final int CREATE = 16;
    private static final int ALL = READ | WRITE | EXECUTE | DELETE | CREATE;
    /** The Object Instance ID of the Access Control instance that holds the right to create in an object. */
    private static final int OBJECT_LEVEL = 65535;
    private static final int OBJECT_ID = 0;
    private static final int INSTANCE_ID = 1;
    private static final int ACL = 2;
    private static final int OWNER = 3;
    private static final int DEFAULT_ENTRY = 0;

    private static final Logger LOG = LoggerFactory.getLogger(AccessControl.class);

    /** One Access Control instance as far as rights go. */
    private record Entry(int id, int objectId, int instanceId, MultipleResource acl, long owner) {

        int rightsOf(int shortServerId) {
            Value own = acl == null ? null : acl.instances().get(shortServerId);
            if (own instanceof Value.Int rights) {
                return (int) rights.value();
            }
            if (owner == shortServerId) {
                return ALL;
            }
            Value fallback = acl == null ? null : acl.instances().get(DEFAULT_ENTRY);
            return fallback instanceof Value.Int rights ? (int) rights.value() : 0;
        }
    }

    private final ClientObjects objects;
    private final ServerSettingsReader accounts;

    AccessControl(ClientObjects objects) {
        this.objects = objects;
        this.accounts = new ServerSettingsReader(objects, RequestDispatcher.PROVIDER_WAIT);
    }

    /** Whether the rights of {@code requester} are checked: a management server, several servers, provisioned. */
    boolean enforcedFor(Requester requester) {
        if (!requester.isManagementServer()) {
            return false;
        }
        ObjectProvider acl = objects.provider(LwM2mIds.ACCESS_CONTROL);
        return acl != null && !acl.instanceIds().isEmpty() && accounts.shortServerIds().size() > 1;
    }

    /**
     * @param path an object (for {@link #CREATE}), an object instance or below
     * @throws LwM2mException 4.01 unless the server holds the right there
     */
    void require(Requester server, LwM2mPath path, int right) throws LwM2mException {
        if (enforcedFor(server) && !holds(server, path.objectId(), path.isObject() ? OBJECT_LEVEL : path.instanceId(),
                right)) {
            throw new LwM2mException(ResponseCode.UNAUTHORIZED, "server " + server.shortServerId()
                    + " has no " + name(right) + " right on " + path);
        }
    }

    /** Whether the server may read the instance; always true where rights are not checked. */
    boolean mayRead(Requester server, int objectId, int instanceId) {
        return !enforcedFor(server) || holds(server, objectId, instanceId, READ);
    }

    /** An object target as its requester may read it: only the instances it may read, where rights are checked. */
    Target readable(Target object) {
        Requester server = object.requester();
        return enforcedFor(server) ? object.seenThrough(new ReadableInstances(object.provider(), server, this))
                : object;
    }

    private boolean holds(Requester server, int objectId, int instanceId, int right) {
        int shortServerId = server.shortServerId();
        if (objectId == LwM2mIds.ACCESS_CONTROL) {
            return entries().stream().anyMatch(e -> e.id() == instanceId && e.owner() == shortServerId);
        }
        return entries().stream().filter(e -> e.objectId() == objectId && e.instanceId() == instanceId).findFirst()
                .map(e -> (e.rightsOf(shortServerId) & right) != 0).orElse(false);
    }

    /**
     * A server created an instance: where rights are checked, it owns the new Access Control instance for it, which
     * gives it every right there until it writes an ACL. Where they are not, none is made: a first one would start
     * the checks, and lock every server out of what has none.
     */
    void created(Requester server, int objectId, int instanceId) {
        ObjectProvider acl = objects.provider(LwM2mIds.ACCESS_CONTROL);
        if (acl == null || objectId == LwM2mIds.ACCESS_CONTROL || !enforcedFor(server)) {
            return;
        }
        try {
            ProviderWait.await(acl.create(Requester.SYSTEM, null, List.of(
                    new SingleResource(OBJECT_ID, Value.of((long) objectId)),
                    new SingleResource(INSTANCE_ID, Value.of((long) instanceId)),
                    new SingleResource(OWNER, Value.of((long) server.shortServerId())))),
                    RequestDispatcher.PROVIDER_WAIT);
        } catch (LwM2mException e) {
            LOG.warn("No Access Control instance for {}, created by {}: {}", LwM2mPath.of(objectId, instanceId),
                    server, e.getMessage());
        }
    }

    /** An instance went: so do the Access Control instances for it. */
    void deleted(int objectId, int instanceId) {
        ObjectProvider acl = objects.provider(LwM2mIds.ACCESS_CONTROL);
        if (acl == null) {
            return;
        }
        for (Entry e : entries()) {
            if (e.objectId() == objectId && e.instanceId() == instanceId) {
                try {
                    ProviderWait.await(acl.delete(Requester.SYSTEM, e.id()), RequestDispatcher.PROVIDER_WAIT);
                } catch (LwM2mException failure) {
                    LOG.warn("Access Control instance {} for the deleted {} stays: {}",
                            LwM2mPath.of(LwM2mIds.ACCESS_CONTROL, e.id()), LwM2mPath.of(objectId, instanceId),
                            failure.getMessage());
                }
            }
        }
    }

    /** Every readable Access Control instance; one that cannot be read grants nothing. */
    private List<Entry> entries() {
        ObjectProvider acl = objects.provider(LwM2mIds.ACCESS_CONTROL);
        if (acl == null) {
            return List.of();
        }
        return acl.instanceIds().stream().map(id -> entry(acl, id)).flatMap(Optional::stream).toList();
    }

    private static Optional<Entry> entry(ObjectProvider acl, int id) {
        try {
            long objectId = number(acl, id, OBJECT_ID);
            long instanceId = number(acl, id, INSTANCE_ID);
            long owner = number(acl, id, OWNER);
            MultipleResource rights = acl.resourceIds(id).contains(ACL)
                    && ProviderWait.await(acl.read(Requester.SYSTEM, id, ACL), RequestDispatcher.PROVIDER_WAIT)
                            instanceof MultipleResource m ? m : null;
            return Optional.of(new Entry(id, (int) objectId, (int) instanceId, rights, owner));
        } catch (LwM2mException e) {
            LOG.debug("{} grants nothing: {}", LwM2mPath.of(LwM2mIds.ACCESS_CONTROL, id), e.getMessage());
            return Optional.empty();
        }
    }

    private static long number(ObjectProvider acl, int id, int resource) throws LwM2mException {
        ResourceNode node = ProviderWait.await(acl.read(Requester.SYSTEM, id, resource),
                RequestDispatcher.PROVIDER_WAIT);
        if (node instanceof SingleResource single && single.value() instanceof Value.Int i) {
            return i.value();
        }
        throw LwM2mException.badRequest("resource " + resource + " is not an integer");
    }

    private static String name(int right) {
        return switch (right) {
            case READ -> "read";
            case WRITE -> "write";
            case EXECUTE -> "execute";
            case DELETE -> "delete";
            default -> "create";
        };
    }
}
