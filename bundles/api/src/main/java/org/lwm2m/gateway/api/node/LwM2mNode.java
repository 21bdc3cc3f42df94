package org.lwm2m.gateway.api.node;

/** A node of the LwM2M data model: object, object instance, resource or resource instance. */
public sealed interface LwM2mNode permits ObjectNode, InstanceNode, ResourceNode, ResourceInstance {

    /** The id of this node at its level. */
    int id();
}
