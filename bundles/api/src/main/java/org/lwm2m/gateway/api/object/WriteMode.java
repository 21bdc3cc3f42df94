package org.lwm2m.gateway.api.object;

/** Write semantics: REPLACE (CoAP PUT) replaces the target, UPDATE (CoAP POST) merges into it. */
public enum WriteMode {
    REPLACE, UPDATE
}
