/** Content format codecs: one service per LwM2M content format. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.3.0")
package org.lwm2m.gateway.api.codec;
