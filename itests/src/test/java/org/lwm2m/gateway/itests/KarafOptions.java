package org.lwm2m.gateway.itests;

import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.features;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.options.MavenArtifactUrlReference;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

/**
 * The container of the Karaf integration tests: a stock Apache Karaf (the distribution from Maven Central, its
 * own boot features unchanged) into which the gateway's features repository installs the client with its core
 * objects and the simulated peripherals, exactly as {@code feature:repo-add} and {@code feature:install} do, plus
 * the Leshan server stack as the peer. The tests install the other features themselves.
 */
public final class KarafOptions {

    private static final String PAX_URL_CONFIG = "etc/org.ops4j.pax.url.mvn.cfg";
    /** The gateway's features repository, as this reactor built it. */
    private static final MavenArtifactUrlReference FEATURES = maven("org.lwm2m.gateway", "lwm2m-gateway-features")
            .type("xml").classifier("features").versionAsInProject();

    private KarafOptions() {
    }

    /** Everything, in install order. */
    public static Option[] all() {
        return new Option[] {
                karaf(),
                mavenResolution(),
                freePorts(),
                features(FEATURES, "lwm2m-core", "lwm2m-objects", "lwm2m-driver-simulated"),
                ItestOptions.leshanServer(),
                ItestOptions.testSupport(),
                // the tests inside Karaf check that the features hold every bundle of bundles/pom.xml
                editConfigurationFilePut("etc/system.properties", GatewayBundle.DIRECTORY_PROPERTY,
                        new File(System.getProperty(GatewayBundle.DIRECTORY_PROPERTY, "target/gateway-bundles"))
                                .getAbsolutePath()) };
    }

    /** Karaf unpacked under target/ and kept there after the run, so its data/log/karaf.log can be read. */
    private static Option karaf() {
        return composite(
                karafDistributionConfiguration()
                        .frameworkUrl(maven("org.apache.karaf", "apache-karaf").type("tar.gz").versionAsInProject())
                        .unpackDirectory(new File("target/karaf"))
                        .useDeployFolder(false),
                keepRuntimeFolder(),
                // Karaf's own boot features as a stage of their own: the wrap: URLs of the test's Leshan stack
                // can only be read once the wrap feature has started
                editConfigurationFilePut("etc/org.apache.karaf.features.cfg", "featuresBoot",
                        "(instance, package, log, ssh, framework, system, eventadmin, feature, shell, management, "
                                + "service, jaas, deployer, diagnostic, wrap, bundle, config, kar)"),
                configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
                logLevel(LogLevel.WARN));
    }

    /**
     * Where Karaf finds bundles: first its own system folder, then the gateway bundles this reactor built (Maven
     * copies them in repository layout to the directory {@code reactor.repository} names, see itests/pom.xml:
     * {@code mvn verify} never installs them), then this build's local repository and Maven Central.
     */
    private static Option mavenResolution() {
        String reactor = new File(System.getProperty("reactor.repository", "target/reactor-repository")).toURI()
                .toString();
        return composite(
                editConfigurationFilePut(PAX_URL_CONFIG, "org.ops4j.pax.url.mvn.defaultRepositories",
                        "file:${karaf.home}/${karaf.default.repository}@id=system.repository@snapshots,"
                                + reactor + "@id=reactor@snapshots"),
                editConfigurationFilePut(PAX_URL_CONFIG, "org.ops4j.pax.url.mvn.localRepository",
                        System.getProperty("org.ops4j.pax.url.mvn.localRepository",
                                System.getProperty("user.home") + "/.m2/repository")),
                editConfigurationFilePut(PAX_URL_CONFIG, "org.ops4j.pax.url.mvn.repositories",
                        "https://repo1.maven.org/maven2@id=central"));
    }

    /** Karaf's SSH console and JMX registry and server on ports that are free now, never the fixed defaults. */
    private static Option freePorts() {
        return composite(
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", freePort()),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", freePort()),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", freePort()));
    }

    static String freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return Integer.toString(socket.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException("no free TCP port", e);
        }
    }
}
