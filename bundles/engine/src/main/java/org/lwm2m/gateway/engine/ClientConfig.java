package org.lwm2m.gateway.engine;

import org.lwm2m.gateway.api.client.ClientConfiguration;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/**
 * The client configuration (factory PID {@value ClientConfiguration#FACTORY_PID}) as consoles edit it, and as the
 * client component reads it. The engine itself only uses the endpoint name: the server account reaches it through
 * the Security and Server objects that the object bundles build from the same configuration.
 */
@ObjectClassDefinition(id = ClientConfiguration.FACTORY_PID, name = "LwM2M client",
        description = "One LwM2M client: an endpoint registered with one or more LwM2M servers. Per-server settings "
                + "take one value for every server or one value per server, in the order of the server URIs.")
public @interface ClientConfig {

    /** Metatype's cardinality for "any number of values". */
    int MANY = Integer.MAX_VALUE;

    @AttributeDefinition(name = "Endpoint name", description = "Endpoint client name the server knows this client by.")
    String endpoint();

    @AttributeDefinition(name = "Server URIs", cardinality = MANY, required = false,
            description = "One per management server: coap://host:port or coaps://host:port (none with a bootstrap "
                    + "server that writes them)")
    String[] serverUri();

    @AttributeDefinition(name = "Bootstrap server URI", required = false,
            description = "coap://host:port or coaps://host:port: without server URIs, the client asks it for its "
                    + "servers and keeps what it writes")
    String bootstrapServerUri();

    @AttributeDefinition(name = "Bootstrap PSK identity", required = false,
            description = "Pre-shared key identity for a coaps:// bootstrap server.")
    String bootstrapPskIdentity();

    @AttributeDefinition(name = "Bootstrap PSK key", type = AttributeType.PASSWORD, required = false,
            description = "Pre-shared key as hex for a coaps:// bootstrap server.")
    String _bootstrapPskKey();

    @AttributeDefinition(name = "PSK identity", description = "Pre-shared key identity (for coaps).", required = false,
            cardinality = MANY)
    String[] pskIdentity() default {};

    @AttributeDefinition(name = "PSK key", description = "Pre-shared key as hex (for coaps).",
            type = AttributeType.PASSWORD, required = false, cardinality = MANY)
    String[] _pskKey() default {};

    @AttributeDefinition(name = "RPK public key", required = false, description = "Raw Public Key (for coaps "
            + "servers without a PSK): the client's public key, hex of its SubjectPublicKeyInfo DER.")
    String rpkPublicKey();

    @AttributeDefinition(name = "RPK private key", type = AttributeType.PASSWORD, required = false,
            description = "Raw Public Key: the client's private key, hex of its PKCS #8 DER.")
    String _rpkPrivateKey();

    @AttributeDefinition(name = "Server public key", required = false, cardinality = MANY, description = "Raw "
            + "Public Key: the server's public key, hex of its SubjectPublicKeyInfo DER (one for all, or one per "
            + "server); the only key the client trusts.")
    String[] serverPublicKey() default {};

    @AttributeDefinition(name = "Certificate", required = false, description = "Certificate mode (for coaps "
            + "servers without a PSK): the client's X.509 certificate, hex of its DER.")
    String x509Certificate();

    @AttributeDefinition(name = "Certificate private key", type = AttributeType.PASSWORD, required = false,
            description = "Certificate mode: the client's private key, hex of its PKCS #8 DER.")
    String _x509PrivateKey();

    @AttributeDefinition(name = "Server certificate", required = false, cardinality = MANY, description = "Certificate "
            + "mode: the server's certificate, or its CA's, hex of its DER (one for all, or one per server).")
    String[] serverCertificate() default {};

    @AttributeDefinition(name = "Certificate usage", required = false, cardinality = MANY, min = "0", max = "3",
            options = { @Option(label = "0: CA constraint", value = "0"),
                @Option(label = "1: service certificate constraint", value = "1"),
                @Option(label = "2: trust anchor assertion", value = "2"),
                @Option(label = "3: domain-issued certificate (the server's own)", value = "3") },
            description = "How the server certificate is used (one for all, or one per server): 3 the server's own "
                    + "certificate, pinned; 2 a CA that is the only trust anchor; 1 the server's own, which must also "
                    + "chain to a CA the JVM trusts; 0 a CA the chain must pass through to a CA the JVM trusts.")
    long[] certificateUsage() default { 3 };

    @AttributeDefinition(name = "Block size", required = false, description = "The largest payload of one CoAP "
            + "message in bytes; a larger one goes block-wise, in blocks of this size. Applies from the next start.",
            options = { @Option(label = "16", value = "16"), @Option(label = "32", value = "32"),
                @Option(label = "64", value = "64"), @Option(label = "128", value = "128"),
                @Option(label = "256", value = "256"), @Option(label = "512", value = "512"),
                @Option(label = "1024", value = "1024") })
    int blockSize() default ClientConfiguration.DEFAULT_BLOCK_SIZE;

    @AttributeDefinition(name = "Largest transfer", required = false, min = "16", description = "The largest "
            + "payload of one block-wise transfer in bytes (a firmware package); a larger one is refused with 4.13. "
            + "Applies from the next start.")
    int maxTransferSize() default ClientConfiguration.DEFAULT_MAX_TRANSFER_SIZE;

    @AttributeDefinition(name = "Access control", required = false, cardinality = MANY, description = "Access "
            + "Control instances for several servers without a bootstrap server, one per value: an object instance "
            + "(or an object, for the right to create), the rights per short server id (* the default) from the "
            + "letters R, W, E, D, C, and optionally the owner, such as '3/0 1=RWE 2=R owner=1'.")
    String[] accessControl() default {};

    @AttributeDefinition(name = "Lifetime", description = "Registration lifetime in seconds.", min = "1",
            cardinality = MANY)
    long[] lifetime() default ClientConfiguration.DEFAULT_LIFETIME;

    @AttributeDefinition(name = "Short server id", min = "1", max = "65534", cardinality = MANY, required = false,
            description = "With several servers, each needs its own.")
    int[] shortServerId() default ClientConfiguration.DEFAULT_SHORT_SERVER_ID;

    @AttributeDefinition(name = "Binding", description = "Transport binding: UDP, or UDP with the queue mode of "
            + "LwM2M 1.0.", cardinality = MANY, options = {@Option(label = "UDP", value = "U"),
                @Option(label = "UDP, queue mode (LwM2M 1.0)", value = "UQ")})
    String[] binding() default ClientConfiguration.DEFAULT_BINDING;

    @AttributeDefinition(name = "Default minimum period", description = "Default pmin of observations, seconds.",
            min = "0")
    long defaultMinPeriod() default 0;

    @AttributeDefinition(name = "Default maximum period",
            description = "Default pmax of observations, seconds (0: none).", min = "0")
    long defaultMaxPeriod() default 0;

    @AttributeDefinition(name = "Content formats advertised", required = false,
            description = "What the Register says in ct=: auto (the installed formats beyond text, opaque and link "
                    + "format), none (for servers that refuse a ct list, such as Wakaama's), or content-format "
                    + "numbers such as 112.")
    String contentFormats() default "auto";
}
