/** The service an object bundle registers, and helpers to write one. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.5.0")
package org.lwm2m.gateway.api.object;
