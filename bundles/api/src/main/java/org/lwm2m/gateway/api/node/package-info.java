/** The node tree and the typed values of the LwM2M data model. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.lwm2m.gateway.api.node;
