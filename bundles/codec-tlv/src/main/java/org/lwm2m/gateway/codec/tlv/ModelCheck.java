package org.lwm2m.gateway.codec.tlv;

import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.codec.CodecException;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.model.ResourceModel;
import org.lwm2m.gateway.api.model.ResourceType;

/** Looks up what the object model says about a path, refusing paths the model does not describe. */
final class ModelCheck {

    private ModelCheck() {
    }

    static void checkObject(LwM2mPath path, ObjectModel model) throws CodecException {
        if (path.isRoot()) {
            throw new CodecException("TLV carries an object, an instance or a resource, not the root");
        }
        if (model.id() != path.objectId()) {
            throw new CodecException("model of object " + model.id() + " does not describe " + path);
        }
    }

    /** The model of the resource at {@code resourcePath}, which must exist and hold values. */
    static ResourceModel resource(LwM2mPath resourcePath, ObjectModel model) throws CodecException {
        ResourceModel resource = model.resource(resourcePath.resourceId());
        if (resource == null) {
            throw new CodecException("object " + model.id() + " has no resource " + resourcePath.resourceId());
        }
        if (resource.type() == ResourceType.NONE) {
            throw new CodecException(resourcePath + " is executable and holds no value");
        }
        return resource;
    }
}
