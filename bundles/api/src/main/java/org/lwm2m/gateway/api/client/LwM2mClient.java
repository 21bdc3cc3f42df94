package org.lwm2m.gateway.api.client;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.node.LwM2mNode;
import org.lwm2m.gateway.api.node.Value;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One LwM2M client (one endpoint with one registration per management server), as applications use it.
 * Registered as a service per client configuration, with the service property {@code endpoint}.
 */
@ProviderType
public interface LwM2mClient {

    String endpoint();

    /**
     * The client's registrations, one per management server its Security and Server objects name, ordered by
     * short server id. Empty while no server account is configured.
     */
    List<ServerRegistration> registrations();

    /** The registration with the management server of this short server id, if the client has that server. */
    default Optional<ServerRegistration> registration(int shortServerId) {
        return registrations().stream().filter(r -> r.shortServerId() == shortServerId).findFirst();
    }

    /**
     * Reads a single value by path ("3/0/0", or "3/0/7/1" for a resource instance).
     *
     * @throws LwM2mException 4.04 for an unknown path, 4.00 for a path that is not a single value
     */
    Value get(String path) throws LwM2mException;

    /**
     * Sets a single value by path, converting {@code value} to the resource's type (see
     * {@link org.lwm2m.gateway.api.node.Values#convert}). Applications may set read-only resources such as a
     * battery level; observers are notified.
     *
     * @throws LwM2mException 4.04 for an unknown path, 4.00 for a value that does not fit the type
     */
    void set(String path, Object value) throws LwM2mException;

    /** The models of the objects the client serves now, ordered by object id. */
    List<ObjectModel> objects();

    /**
     * Reads the node at an object, instance, resource or resource-instance path ("3", "3/0", "3/0/7", "3/0/7/1")
     * as the system, for tools such as the console and the shell. Secret keys (resource 0/x/5) are left out.
     *
     * @throws LwM2mException 4.04 for an unknown path, 4.00 for the root or a malformed path
     */
    LwM2mNode read(String path) throws LwM2mException;

    /**
     * Executes a resource as the system would a server's Execute: a callback claimed with {@link #onExecute} runs
     * instead of the object's own handler.
     *
     * @param arguments the LwM2M 1.1 execute arguments ("0='now',1"), empty for none
     * @throws LwM2mException 4.04 for an unknown path, 4.05 for a resource that is not executable, 4.00 for
     *                        arguments that break the LwM2M syntax
     */
    void execute(String path, String arguments) throws LwM2mException;

    /**
     * Claims an executable resource: a server's Execute of {@code path} runs {@code callback} instead of the
     * object's own handler. Close the result to give it back.
     */
    AutoCloseable onExecute(String path, ExecuteCallback callback);

    void addListener(ClientEventListener listener);

    void removeListener(ClientEventListener listener);

    /** Sends a Registration Update to every server now (or a Register where not registered). */
    void triggerUpdate();

    /**
     * Bootstraps again, as a server's execute of Bootstrap-Request Trigger (1/x/9) does: the client de-registers from
     * every server, asks its bootstrap server for its accounts (Client Initiated Bootstrap) and registers with the
     * servers it then has.
     *
     * @throws LwM2mException 4.05 when the client has no bootstrap server account
     */
    void bootstrap() throws LwM2mException;

    /**
     * Sends the current values at these paths (objects, instances, resources, resource instances) to every
     * registered management server whose Mute Send (1/x/23) is off: the Send operation of LwM2M 1.1 ({@code POST
     * /dp}), in SenML CBOR (SenML JSON where only that is installed), timestamped with when the values were read.
     * Each server gets the values as it may read them; paths the client lacks are left out.
     *
     * @return completes when every such server answered 2.04 Changed; fails with an {@link LwM2mException}: 4.00
     *         for a malformed path, 4.04 when the client has none of them, 4.15 without a SenML codec, 5.03 when no
     *         server takes Send now, or the code a server answered
     */
    CompletionStage<Void> send(String... paths);
}
