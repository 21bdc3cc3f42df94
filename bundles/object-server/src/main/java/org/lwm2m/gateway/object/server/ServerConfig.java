package org.lwm2m.gateway.object.server;

import org.lwm2m.gateway.api.client.ClientConfiguration;

/** The part of a client configuration ({@value ClientConfiguration#FACTORY_PID}) the Server object reads. */
public @interface ServerConfig {

    String endpoint() default "";

    /** Read only to count the servers: the Security object owns the URIs. */
    String[] serverUri() default {};

    int[] shortServerId() default ClientConfiguration.DEFAULT_SHORT_SERVER_ID;

    long[] lifetime() default ClientConfiguration.DEFAULT_LIFETIME;

    String[] binding() default ClientConfiguration.DEFAULT_BINDING;

    long defaultMinPeriod() default 0;

    long defaultMaxPeriod() default 0;
}
