package org.lwm2m.gateway.api.codec;

import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.model.ResourceModel;
import org.lwm2m.gateway.api.model.ResourceType;
import org.lwm2m.gateway.api.node.LwM2mNode;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Encodes and decodes LwM2M nodes. The node always sits at {@code path}: an {@code ObjectNode} for "/3", an
 * {@code InstanceNode} for "/3/0", a {@code ResourceNode} for "/3/0/1", a {@code ResourceInstance} for
 * "/3/0/1/2". Implementations are stateless and thread-safe.
 */
@ConsumerType
public interface NodeCodec extends ContentCodec {

    /** Whether this format can carry the node at {@code path} (plain text, for example, only single values). */
    boolean supports(LwM2mPath path, ObjectModel model);

    /**
     * Whether {@code path} holds values of {@code model}'s object that a format carrying whole trees (TLV, SenML)
     * can stand for: the object, an instance, a resource that is not executable, or an instance of a multiple
     * resource. Not the root, which takes several objects (composite operations).
     */
    static boolean holdsValues(LwM2mPath path, ObjectModel model) {
        if (path.isRoot() || model.id() != path.objectId()) {
            return false;
        }
        if (path.depth() <= 2) {
            return true;
        }
        ResourceModel resource = model.resource(path.resourceId());
        return resource != null && resource.type() != ResourceType.NONE
                && (path.isResource() || resource.multiple());
    }

    /**
     * Encodes the node found at {@code path}.
     *
     * @throws CodecException if the node cannot be expressed in this format
     */
    byte[] encode(LwM2mPath path, LwM2mNode node, ObjectModel model) throws CodecException;

    /**
     * Decodes a payload addressed to {@code path}, typing values by {@code model}. Never returns a partial
     * result: any malformed or mistyped content is a {@link CodecException}.
     */
    LwM2mNode decode(LwM2mPath path, byte[] payload, ObjectModel model) throws CodecException;
}
