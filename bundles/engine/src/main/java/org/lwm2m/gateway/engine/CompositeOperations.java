package org.lwm2m.gateway.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.ResponseCode;
import org.lwm2m.gateway.api.codec.CodecException;
import org.lwm2m.gateway.api.codec.CompositeCodec;
import org.lwm2m.gateway.api.codec.NodeCodec;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.node.LwM2mNode;
import org.lwm2m.gateway.api.node.MultipleResource;
import org.lwm2m.gateway.api.node.ResourceInstance;
import org.lwm2m.gateway.api.node.ResourceNode;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.lwm2m.gateway.api.object.Requester;
import org.lwm2m.gateway.api.object.WriteMode;

/**
 * The composite operations of LwM2M 1.1 on the root: Read-Composite (FETCH) and Write-Composite (iPATCH), several
 * paths in one SenML payload. A Read-Composite answers what exists of what it names (a path the client lacks is
 * left out, Core 1.1 §6.3.8); a Write-Composite checks every value's target before it writes any.
 */
final class CompositeOperations {

    private final RequestContext context;

    CompositeOperations(RequestContext context) {
        this.context = context;
    }

    /**
     * @throws LwM2mException 4.15 if the paths are not in a composite format, 4.06 if the answer cannot be, 4.00 for
     *                        a malformed list, 4.01 for a credential object, 4.05 for a resource that is not readable
     */
    CompletableFuture<Reply> read(ServerRequest request) throws LwM2mException {
        CompositeCodec paths = codec(request.contentFormat(), ResponseCode.UNSUPPORTED_CONTENT_FORMAT,
                "the paths of a Read-Composite");
        int format = request.accept() == Reply.NO_FORMAT ? request.contentFormat() : request.accept();
        CompositeCodec answer = codec(format, ResponseCode.NOT_ACCEPTABLE, "the answer of a Read-Composite");
        List<LwM2mPath> named = decoded(() -> paths.decodePaths(request.payload()));
        return readNodes(request.requester(), named).thenApply(nodes -> {
            try {
                return Reply.content(format, answer.encodeNodes(nodes, this::model));
            } catch (CodecException e) {
                throw new CompletionException(new LwM2mException(ResponseCode.INTERNAL_SERVER_ERROR,
                        "cannot encode a Read-Composite answer: " + e.getMessage(), e));
            }
        });
    }

    /** The paths an Observe-Composite names, or none if its payload is not a list of paths. */
    List<LwM2mPath> observed(int contentFormat, byte[] payload) {
        try {
            CompositeCodec codec = codec(contentFormat, ResponseCode.UNSUPPORTED_CONTENT_FORMAT,
                    "the paths of an Observe-Composite");
            return outermost(decoded(() -> codec.decodePaths(payload == null ? new byte[0] : payload)));
        } catch (LwM2mException e) {
            return List.of();
        }
    }

    /**
     * Reads what exists of the named paths, each once (a path inside another named one is read with it).
     *
     * @throws LwM2mException 4.00 for no path, 4.01 for a credential object, 4.05 for a resource that is not
     *                        readable
     */
    CompletableFuture<SortedMap<LwM2mPath, LwM2mNode>> readNodes(Requester requester, List<LwM2mPath> named)
            throws LwM2mException {
        SortedMap<LwM2mPath, CompletableFuture<LwM2mNode>> reads = new TreeMap<>();
        for (LwM2mPath path : outermost(named)) {
            for (Target target : targets(requester, path)) {
                if (target.resource() != null && !target.resource().operations().isReadable()) {
                    throw LwM2mException.notAllowed("resource " + target.resourcePath() + " is not readable");
                }
                reads.put(target.path(), NodeReader.read(target));
            }
        }
        return CompletableFuture.allOf(reads.values().toArray(CompletableFuture[]::new)).thenApply(done -> {
            SortedMap<LwM2mPath, LwM2mNode> nodes = new TreeMap<>();
            reads.forEach((path, read) -> nodes.put(path, read.join()));
            return nodes;
        });
    }

    /** The model of an object the client has, or null: what a composite codec types values by. */
    ObjectModel model(int objectId) {
        ObjectProvider provider = context.objects().provider(objectId);
        return provider == null ? null : provider.model();
    }

    /**
     * Writes each value as a partial update of its instance, one instance after the other, once every target has
     * been found writable.
     *
     * @throws LwM2mException 4.15 for a format that is not composite, 4.00 for a malformed payload, 4.04 for a
     *                        target the client lacks, 4.05 for one servers may not write, 4.01 for a credential object
     */
    CompletableFuture<Reply> write(ServerRequest request) throws LwM2mException {
        CompositeCodec codec = codec(request.contentFormat(), ResponseCode.UNSUPPORTED_CONTENT_FORMAT,
                "a Write-Composite");
        SortedMap<LwM2mPath, LwM2mNode> values = decoded(() -> codec.decodeNodes(request.payload(), this::model));
        Map<LwM2mPath, SortedMap<Integer, ResourceNode>> byInstance = new TreeMap<>();
        for (Map.Entry<LwM2mPath, LwM2mNode> e : values.entrySet()) {
            LwM2mPath path = e.getKey();
            refuseCredentials(request.requester(), path);
            Target target = Target.resolve(context, request.requester(), path);
            PayloadCheck.writable(target.resource(), target.resourcePath());
            context.accessControl().require(request.requester(), path, AccessControl.WRITE);
            SortedMap<Integer, ResourceNode> resources = byInstance.computeIfAbsent(
                    LwM2mPath.of(path.objectId(), path.instanceId()), instance -> new TreeMap<>());
            if (e.getValue() instanceof ResourceInstance instance) {
                ResourceNode merged = resources.get(path.resourceId());
                SortedMap<Integer, Value> instances = merged instanceof MultipleResource multiple
                        ? new TreeMap<>(multiple.instances()) : new TreeMap<>();
                instances.put(instance.id(), instance.value());
                resources.put(path.resourceId(),
                        new MultipleResource(path.resourceId(), target.resource().type(), instances));
            } else {
                resources.put(path.resourceId(), (ResourceNode) e.getValue());
            }
        }
        CompletableFuture<Void> written = CompletableFuture.completedFuture(null);
        for (Map.Entry<LwM2mPath, SortedMap<Integer, ResourceNode>> e : byInstance.entrySet()) {
            LwM2mPath instance = e.getKey();
            List<ResourceNode> resources = List.copyOf(e.getValue().values());
            ObjectProvider provider = context.objects().provider(instance.objectId());
            written = written.thenCompose(previous -> Stages.call(() -> provider.write(request.requester(),
                    instance.instanceId(), resources, WriteMode.UPDATE))).thenRun(() -> resources.forEach(
                            r -> context.afterWrite(LwM2mPath.of(instance.objectId(), instance.instanceId(), r.id()))));
        }
        return written.thenApply(done -> Reply.changed());
    }

    /** What a named path stands for: every object for the root, nothing for a path the client lacks. */
    private List<Target> targets(Requester requester, LwM2mPath path) throws LwM2mException {
        List<Target> targets = new ArrayList<>();
        if (path.isRoot()) {
            List<ObjectProvider> providers = new ArrayList<>(context.objects().providers());
            providers.sort(Comparator.comparingInt(p -> p.model().id()));
            for (ObjectProvider provider : providers) {
                int id = provider.model().id();
                if (!requester.isManagementServer() || !RequestDispatcher.isCredentialObject(id)) {
                    targets.add(context.accessControl().readable(Target.resolve(context, requester,
                            LwM2mPath.of(id))));
                }
            }
            return targets;
        }
        refuseCredentials(requester, path);
        try {
            AccessControl access = context.accessControl();
            if (path.isObject()) {
                targets.add(access.readable(Target.resolve(context, requester, path)));
            } else if (access.mayRead(requester, path.objectId(), path.instanceId())) {
                targets.add(Target.resolve(context, requester, path));
            }
        } catch (LwM2mException e) {
            if (e.code() != ResponseCode.NOT_FOUND) {
                throw e;
            }
        }
        return targets;
    }

    /** The named paths without those inside another one, so that no value is read or sent twice. */
    private static List<LwM2mPath> outermost(List<LwM2mPath> named) throws LwM2mException {
        if (named.isEmpty()) {
            throw LwM2mException.badRequest("name at least one path");
        }
        List<LwM2mPath> kept = new ArrayList<>();
        for (LwM2mPath path : new TreeSet<>(named)) {
            if (kept.isEmpty() || !path.startsWith(kept.get(kept.size() - 1))) {
                kept.add(path);
            }
        }
        return kept;
    }

    private static void refuseCredentials(Requester requester, LwM2mPath path) throws LwM2mException {
        if (requester.isManagementServer() && RequestDispatcher.isCredentialObject(path.objectId())) {
            throw new LwM2mException(ResponseCode.UNAUTHORIZED, "object " + path.objectId()
                    + " is only accessible to a bootstrap server");
        }
    }

    private CompositeCodec codec(int format, ResponseCode refusal, String what) throws LwM2mException {
        NodeCodec codec = format == Reply.NO_FORMAT ? null : context.codecs().nodeCodec(format);
        if (codec instanceof CompositeCodec composite) {
            return composite;
        }
        throw new LwM2mException(refusal, what + " must be SenML JSON or CBOR"
                + (format == Reply.NO_FORMAT ? "" : ", not content format " + format));
    }

    /** A payload's content, its codec's refusal a 4.00 with the codec's diagnostic. */
    private static <T> T decoded(Decoding<T> decoding) throws LwM2mException {
        try {
            return decoding.decode();
        } catch (CodecException e) {
            throw new LwM2mException(ResponseCode.BAD_REQUEST, e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface Decoding<T> {
        T decode() throws CodecException;
    }
}
