package org.lwm2m.gateway.api.node;

import org.lwm2m.gateway.api.model.ResourceType;

/** A resource: single-valued or with multiple instances. */
public sealed interface ResourceNode extends LwM2mNode permits SingleResource, MultipleResource {

    /** The data type of the value(s). */
    ResourceType type();
}
