package org.lwm2m.gateway.api.object;

import java.util.List;
import java.util.SortedSet;
import java.util.concurrent.CompletionStage;

import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.node.ResourceNode;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The service an object bundle registers for one LwM2M object (one id and version): its model and its
 * instances. The engine checks paths, operations and types against the model before calling, so a provider
 * only sees requests for resources its model defines, with values of the right type. Operations complete
 * asynchronously; a failure completes the stage with an {@link org.lwm2m.gateway.api.LwM2mException}.
 * <p>
 * A provider registered with the service property {@value #ENDPOINT_PROPERTY} belongs to that client only
 * (Security and Server instances, for example); without it, it is shared by every client in the framework.
 * <p>
 * Every operation says who asks ({@link Requester}): the system, the bootstrap server or a management server.
 */
@ConsumerType
public interface ObjectProvider {

    /** Service property restricting a provider to the client with this endpoint name. */
    String ENDPOINT_PROPERTY = "endpoint";

    ObjectModel model();

    /** The ids of the current instances. */
    SortedSet<Integer> instanceIds();

    /** The ids of the resources this instance has (the mandatory ones and the optional ones it implements). */
    SortedSet<Integer> resourceIds(int instanceId);

    /** Reads one resource for {@code requester}. */
    CompletionStage<ResourceNode> read(Requester requester, int instanceId, int resourceId);

    /**
     * Writes resources of one instance, all or nothing: if one value is refused, none is applied. Writes
     * from a local application may target read-only resources; the engine refuses those for servers.
     */
    CompletionStage<Void> write(Requester requester, int instanceId, List<ResourceNode> resources, WriteMode mode);

    /** Executes a resource with the (possibly empty) argument string of LwM2M 1.1. */
    CompletionStage<Void> execute(Requester requester, int instanceId, int resourceId, String arguments);

    /**
     * Creates an instance with the given resources. {@code instanceId} is null when the client picks the id.
     * Completes with the id of the new instance.
     */
    CompletionStage<Integer> create(Requester requester, Integer instanceId, List<ResourceNode> resources);

    /** Deletes an instance. */
    CompletionStage<Void> delete(Requester requester, int instanceId);

    void addListener(ObjectListener listener);

    void removeListener(ObjectListener listener);
}
