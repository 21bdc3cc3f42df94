package org.lwm2m.gateway.api.client;

import org.lwm2m.gateway.api.LwM2mIds;

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
    /**
     * LwM2M server URIs, {@code coap://host:port} or {@code coaps://host:port}, one per server (required unless a
     * {@link #BOOTSTRAP_SERVER_URI} is given).
     */
    public static final String SERVER_URI = "serverUri";
    /**
     * The bootstrap server, {@code coap://host:port} or {@code coaps://host:port}: with no management server
     * configured, the client asks it for its accounts (client-initiated bootstrap) and registers with the servers
     * it writes.
     */
    public static final String BOOTSTRAP_SERVER_URI = "bootstrapServerUri";
    /** PSK identity for a coaps:// bootstrap server. */
    public static final String BOOTSTRAP_PSK_IDENTITY = "bootstrapPskIdentity";
    /** PSK key as hex for a coaps:// bootstrap server; private like {@link #PSK_KEY}. */
    public static final String BOOTSTRAP_PSK_KEY = ".bootstrapPskKey";
    /** PSK identity (UTF-8 text); set together with {@link #PSK_KEY} for coaps. */
    public static final String PSK_IDENTITY = "pskIdentity";
    /**
     * PSK key as hex. The leading dot makes it a private property: Declarative Services never copies it into
     * service properties, so it cannot leak through the service registry or the console.
     */
    public static final String PSK_KEY = ".pskKey";
    /**
     * Raw Public Key: the client's public key as hex of its SubjectPublicKeyInfo DER, for every coaps:// server
     * without PSK credentials; set together with {@link #RPK_PRIVATE_KEY} and {@link #SERVER_PUBLIC_KEY}.
     */
    public static final String RPK_PUBLIC_KEY = "rpkPublicKey";
    /** Raw Public Key: the client's private key as hex of its PKCS #8 DER; private like {@link #PSK_KEY}. */
    public static final String RPK_PRIVATE_KEY = ".rpkPrivateKey";
    /** Raw Public Key: the server's public key (hex of its SubjectPublicKeyInfo DER), the one key trusted. */
    public static final String SERVER_PUBLIC_KEY = "serverPublicKey";
    /**
     * Certificate: the client's X.509 certificate as hex of its DER, for every coaps:// server without PSK
     * credentials; set together with {@link #X509_PRIVATE_KEY} and {@link #SERVER_CERTIFICATE}.
     */
    public static final String X509_CERTIFICATE = "x509Certificate";
    /** Certificate: the client's private key as hex of its PKCS #8 DER; private like {@link #PSK_KEY}. */
    public static final String X509_PRIVATE_KEY = ".x509PrivateKey";
    /**
     * Certificate: the server's certificate, or its CA's, as hex of its DER (one for all, or one per server); which
     * of the two {@link #CERTIFICATE_USAGE} says.
     */
    public static final String SERVER_CERTIFICATE = "serverCertificate";
    /**
     * Certificate Usage (one for all, or one per server): 3 (default) the server's own certificate, pinned; 2 the CA
     * certificate that is the only trust anchor; 1 the server's own certificate, which must also chain to a CA the
     * JVM trusts; 0 a CA certificate the server's chain must pass through to a CA the JVM trusts.
     */
    public static final String CERTIFICATE_USAGE = "certificateUsage";
    public static final long DEFAULT_CERTIFICATE_USAGE = LwM2mIds.Security.USAGE_DOMAIN_ISSUED_CERTIFICATE;
    /**
     * Access Control instances for a client with several servers and no bootstrap server to write them: one
     * {@link AccessRule} each, such as {@code "3/0 1=RWE 2=R owner=1"}.
     */
    public static final String ACCESS_CONTROL = "accessControl";
    /**
     * The largest payload of one CoAP message in bytes: 16, 32, 64, 128, 256, 512 or 1024 (default). A larger
     * request or answer goes block-wise (RFC 7959), in blocks of this size.
     */
    public static final String BLOCK_SIZE = "blockSize";
    public static final int DEFAULT_BLOCK_SIZE = 1024;
    /**
     * The largest payload of one block-wise transfer in bytes (default {@value #DEFAULT_MAX_TRANSFER_SIZE}, 8 MiB); a
     * larger one is refused with 4.13 and never held in memory whole.
     */
    public static final String MAX_TRANSFER_SIZE = "maxTransferSize";
    public static final int DEFAULT_MAX_TRANSFER_SIZE = 8 * 1024 * 1024;
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
    /**
     * The content formats the Register names in {@code ct}: "auto" (default, the installed optional formats),
     * "none", or content-format numbers (see {@link FormatAdvertisement}).
     */
    public static final String CONTENT_FORMATS = "contentFormats";

    public static final long DEFAULT_LIFETIME = 300;
    public static final int DEFAULT_SHORT_SERVER_ID = 1;
    public static final String DEFAULT_BINDING = "U";

    private ClientConfiguration() {
    }
}
