package org.lwm2m.gateway.api.object;

/**
 * Write semantics: REPLACE (CoAP PUT) replaces the target, UPDATE (CoAP POST) merges into it. A provider is told
 * REPLACE_INSTANCE when a PUT replaces a whole object instance: the resources given replace the instance's, and the
 * optional writable resources not given are reset ({@link ObjectInstance#reset}).
 */
public enum WriteMode {
    REPLACE, UPDATE, REPLACE_INSTANCE
}
