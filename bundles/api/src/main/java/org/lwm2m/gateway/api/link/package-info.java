/** CoRE Link Format values (RFC 6690) as used by LwM2M registration and discover. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.lwm2m.gateway.api.link;
