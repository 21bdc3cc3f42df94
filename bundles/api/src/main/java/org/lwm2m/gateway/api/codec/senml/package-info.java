/**
 * SenML (RFC 8428) as LwM2M uses it (Core 1.1 §7.4.4, §7.4.5): the records of a pack and their conversion to and
 * from the node tree, shared by the SenML JSON and SenML CBOR codecs, which only add their syntax.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.2.0")
package org.lwm2m.gateway.api.codec.senml;
