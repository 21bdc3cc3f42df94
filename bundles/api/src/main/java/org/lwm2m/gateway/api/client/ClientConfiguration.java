package org.lwm2m.gateway.api.client;

import java.util.Arrays;

/**
 * The Configuration Admin contract of a client: one factory configuration of {@link #FACTORY_PID} per client.
 * The engine, the Security object and the Server object each build their part of the client from the same
 * configuration; launchers and the console create it.
 * <p>
 * A client may have several management servers: {@link #SERVER_URI} then lists them, and each per-server setting
 * ({@link #SHORT_SERVER_ID}, {@link #LIFETIME}, {@link #BINDING}, {@link #PSK_IDENTITY}, {@link #PSK_KEY}) has
 * either one value for every server or one value per server, in the same order. Short server ids are the
 * exception: with several servers each needs its own.
 */
public final class ClientConfiguration {

    /** Factory PID: one configuration per client. */
    public static final String FACTORY_PID = "org.lwm2m.gateway.client";

    /** Endpoint client name (required). */
    public static final String ENDPOINT = "endpoint";
    /** LwM2M server URIs, {@code coap://host:port} or {@code coaps://host:port}, one per server (required). */
    public static final String SERVER_URI = "serverUri";
    /** PSK identity (UTF-8 text); set together with {@link #PSK_KEY} for coaps. */
    public static final String PSK_IDENTITY = "pskIdentity";
    /**
     * PSK key as hex. The leading dot makes it a private property: Declarative Services never copies it into
     * service properties, so it cannot leak through the service registry or the console.
     */
    public static final String PSK_KEY = ".pskKey";
    /** Registration lifetime in seconds (default {@value #DEFAULT_LIFETIME}). */
    public static final String LIFETIME = "lifetime";
    /** Short server id of the server (default {@value #DEFAULT_SHORT_SERVER_ID}). */
    public static final String SHORT_SERVER_ID = "shortServerId";
    /** Binding mode, "U" (default). */
    public static final String BINDING = "binding";
    /** Default minimum observation period in seconds (default 0). */
    public static final String DEFAULT_PMIN = "defaultMinPeriod";
    /** Default maximum observation period in seconds (default 0, none). */
    public static final String DEFAULT_PMAX = "defaultMaxPeriod";

    public static final long DEFAULT_LIFETIME = 300;
    public static final int DEFAULT_SHORT_SERVER_ID = 1;
    public static final String DEFAULT_BINDING = "U";

    /**
     * Which of the {@code values} values of a per-server setting applies to server {@code server} (counted from 0)
     * of {@code servers}: the only one, or the server's own.
     *
     * @throws IllegalArgumentException if there is neither one value nor one per server
     */
    public static int valueFor(String name, int values, int servers, int server) {
        if (values == servers) {
            return server;
        }
        if (values == 1) {
            return 0;
        }
        throw new IllegalArgumentException(name + " has " + values + " values for " + servers
                + " servers: give one value for all of them or one per server");
    }

    /**
     * The short server ids of {@code servers} servers: the configured one for a single server, one each otherwise.
     *
     * @throws IllegalArgumentException if several servers do not each have their own id, or two share one
     */
    public static int[] shortServerIds(int[] configured, int servers) {
        if (configured.length != servers) {
            throw new IllegalArgumentException(SHORT_SERVER_ID + " has " + configured.length + " values for "
                    + servers + " servers: each server needs its own");
        }
        if (Arrays.stream(configured).distinct().count() != servers) {
            throw new IllegalArgumentException(SHORT_SERVER_ID + " values must differ: "
                    + Arrays.toString(configured));
        }
        return configured.clone();
    }

    private ClientConfiguration() {
    }
}
