/**
 * Drivers: peripherals as OSGi services that know nothing of LwM2M. A driver registers what it found with service
 * properties saying what it is, and object bundles pick the ones they serve with target filters.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.3.0")
package org.lwm2m.gateway.api.driver;
