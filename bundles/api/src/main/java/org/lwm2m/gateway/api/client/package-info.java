/** The client service applications use, its events, and hooks such as reboot. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.6.0")
package org.lwm2m.gateway.api.client;
