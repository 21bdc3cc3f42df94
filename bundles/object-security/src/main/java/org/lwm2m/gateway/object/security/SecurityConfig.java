package org.lwm2m.gateway.object.security;

import org.lwm2m.gateway.api.client.ClientConfiguration;

/** The part of a client configuration ({@value ClientConfiguration#FACTORY_PID}) the Security object reads. */
public @interface SecurityConfig {

    String endpoint() default "";

    String[] serverUri() default {};

    String[] pskIdentity() default {};

    /** The PSK keys as hex; Declarative Services maps this name to the private property ".pskKey". */
    String[] _pskKey() default {};

    int[] shortServerId() default ClientConfiguration.DEFAULT_SHORT_SERVER_ID;
}
