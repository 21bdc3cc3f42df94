/** Paths, response codes and errors shared by every lwm2m-gateway bundle. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.3.0")
package org.lwm2m.gateway.api;
