package org.lwm2m.gateway.api.codec;

import java.time.Instant;
import java.util.List;
import java.util.SortedMap;
import java.util.function.IntFunction;

import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.node.LwM2mNode;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A node format that also carries several paths in one payload (SenML JSON and CBOR): what the composite operations
 * (Read-Composite, Write-Composite, Observe-Composite) and Send take. Registered as a {@link NodeCodec} service;
 * the engine uses the composite side where the codec has one. Models are looked up per object id and may be null
 * for an object the client does not have.
 */
@ConsumerType
public interface CompositeCodec extends NodeCodec {

    /**
     * Decodes the paths of a Read-Composite or Observe-Composite request, in payload order: "/" for everything, an
     * object, an instance, a resource or a resource instance.
     *
     * @throws CodecException if the payload is malformed, a name is not a path, or a record carries a value
     */
    List<LwM2mPath> decodePaths(byte[] payload) throws CodecException;

    /**
     * Encodes the nodes read at several paths (objects, instances, resources, resource instances, never the root)
     * into one payload, in path order.
     *
     * @throws CodecException if a node does not sit at its path or match its object's model
     */
    byte[] encodeNodes(SortedMap<LwM2mPath, LwM2mNode> nodes, IntFunction<ObjectModel> models)
            throws CodecException;

    /**
     * Encodes nodes read at several moments, each group under its time (SenML base time), oldest first: the payload
     * of a Send, and of notifications stored while a server was unreachable.
     *
     * @throws CodecException if a node does not sit at its path or match its object's model
     */
    byte[] encodeTimestamped(SortedMap<Instant, SortedMap<LwM2mPath, LwM2mNode>> nodesByTime,
            IntFunction<ObjectModel> models) throws CodecException;

    /**
     * Decodes the values of a Write-Composite: one entry per record, a {@code SingleResource} at a resource path or
     * a {@code ResourceInstance} at a resource-instance path, typed by its object's model.
     *
     * @throws CodecException if the payload is malformed, names an object without a model, a path twice or no value
     *                        at all, or carries a value that does not fit the model
     */
    SortedMap<LwM2mPath, LwM2mNode> decodeNodes(byte[] payload, IntFunction<ObjectModel> models)
            throws CodecException;
}
