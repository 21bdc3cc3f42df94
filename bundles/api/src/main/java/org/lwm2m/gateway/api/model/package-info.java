/** Object and resource models parsed from OMA DDF XML. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.lwm2m.gateway.api.model;
