package org.lwm2m.gateway.engine;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.LwM2mIds;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.ResponseCode;
import org.lwm2m.gateway.api.node.InstanceNode;
import org.lwm2m.gateway.api.node.LwM2mNode;
import org.lwm2m.gateway.api.node.ObjectNode;
import org.lwm2m.gateway.api.object.Requester;

/**
 * Reads of whole nodes and executes for local tools (the console, the shell), through the same resolution and
 * operations a server's requests take, as the system. Secret keys never leave: tools show what they read.
 */
final class LocalOperations {

    private final RequestContext context;
    private final Duration bound;

    LocalOperations(RequestContext context, Duration bound) {
        this.context = context;
        this.bound = bound;
    }

    LwM2mNode read(String path) throws LwM2mException {
        LwM2mPath p = parsed(path);
        if (isSecretKey(p)) {
            throw new LwM2mException(ResponseCode.UNAUTHORIZED, "the secret key of " + p + " is not readable");
        }
        Target target = Target.resolve(context, Requester.SYSTEM, p);
        LwM2mNode node = ProviderWait.await(NodeReader.read(target), bound);
        return p.objectId() == LwM2mIds.SECURITY ? withoutSecretKeys(node) : node;
    }

    void execute(String path, String arguments) throws LwM2mException {
        LwM2mPath p = parsed(path);
        Target target = Target.resolve(context, Requester.SYSTEM, p);
        byte[] payload = (arguments == null ? "" : arguments).getBytes(StandardCharsets.US_ASCII);
        ProviderWait.await(new ExecuteOperation(context).execute(target, Reply.NO_FORMAT, payload), bound);
    }

    private static LwM2mPath parsed(String path) throws LwM2mException {
        LwM2mPath p;
        try {
            p = LwM2mPath.parse(path == null ? "" : path.trim());
        } catch (IllegalArgumentException e) {
            throw LwM2mException.badRequest(e.getMessage());
        }
        if (p.isRoot()) {
            throw LwM2mException.badRequest("name an object, instance, resource or resource instance, not the root");
        }
        return p;
    }

    private static boolean isSecretKey(LwM2mPath p) {
        return p.objectId() == LwM2mIds.SECURITY && (p.isResource() || p.isResourceInstance())
                && p.resourceId() == LwM2mIds.Security.SECRET_KEY;
    }

    private static LwM2mNode withoutSecretKeys(LwM2mNode node) {
        if (node instanceof ObjectNode object) {
            return ObjectNode.of(object.id(), object.instances().values().stream()
                    .map(LocalOperations::withoutSecretKey).toList());
        }
        return node instanceof InstanceNode instance ? withoutSecretKey(instance) : node;
    }

    private static InstanceNode withoutSecretKey(InstanceNode instance) {
        return InstanceNode.of(instance.id(), instance.resources().values().stream()
                .filter(r -> r.id() != LwM2mIds.Security.SECRET_KEY).toList());
    }
}
