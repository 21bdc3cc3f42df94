package org.lwm2m.gateway.itests;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.cleanCaches;
import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.workingDirectory;
import static org.ops4j.pax.exam.CoreOptions.wrappedBundle;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Arrays;

import org.ops4j.pax.exam.MavenUtils;
import org.ops4j.pax.exam.Option;

/**
 * The framework every integration test runs in: Felix with DS, Config Admin, Metatype, pax-logging,
 * Californium/Scandium, the gateway bundles of this reactor, and the Leshan server stack with test-support's
 * {@code LeshanTestServer} as the tests' peer.
 */
public final class ItestOptions {

    private static final ReactorJar TEST_SUPPORT = new ReactorJar("org.lwm2m.gateway.test-support", "test-support");

    private ItestOptions() {
    }

    /** Everything, in install order. */
    public static Option[] all() {
        return new Option[] {
                exam(),
                logging(),
                osgiServices(),
                californium(),
                leshanServer(),
                gateway(),
                testSupport(),
                junitBundles() };
    }

    /**
     * Pax Exam's working directory (framework storage, probe) under target/ instead of java.io.tmpdir, emptied
     * at every start so a crashed run leaves nothing behind that the next one would reuse.
     */
    static Option exam() {
        return composite(workingDirectory("target/paxexam"), cleanCaches(true));
    }

    /** pax-logging (one bundle serves the SLF4J 1.7 and 2.x users) with log4j2, and JUL bridged to it. */
    static Option logging() {
        return composite(
                systemProperty("org.ops4j.pax.logging.property.file").value(resourceFile("/itest-logging.properties")),
                systemProperty("org.ops4j.pax.logging.DefaultServiceLog.level").value("WARN"),
                systemProperty("log4j2.StatusLogger.level").value("WARN"),
                mavenBundle("org.ops4j.pax.logging", "pax-logging-api").versionAsInProject().startLevel(1),
                mavenBundle("org.ops4j.pax.logging", "pax-logging-log4j2").versionAsInProject().startLevel(1),
                mavenBundle("org.slf4j", "jul-to-slf4j").versionAsInProject());
    }

    /** Declarative Services (with its API bundles), Configuration Admin and Metatype. */
    static Option osgiServices() {
        return composite(
                mavenBundles("org.osgi", "org.osgi.util.function", "org.osgi.util.promise",
                        "org.osgi.service.component"),
                mavenBundles("org.apache.felix", "org.apache.felix.configadmin", "org.apache.felix.metatype",
                        "org.apache.felix.scr"));
    }

    /**
     * BouncyCastle (Scandium needs its EdDSA provider package), Californium core, connector, Scandium, and Jackson's
     * streaming core and CBOR (which imports databind) for the SenML codecs.
     */
    static Option californium() {
        return composite(
                mavenBundles("org.bouncycastle", "bcprov-jdk18on"),
                mavenBundles("org.eclipse.californium", "element-connector", "californium-core", "scandium"),
                mavenBundles("com.fasterxml.jackson.core", "jackson-core", "jackson-annotations", "jackson-databind"),
                mavenBundles("com.fasterxml.jackson.dataformat", "jackson-dataformat-cbor"));
    }

    /** The Leshan server stack (the tests' peer) and what it needs besides Californium. */
    static Option leshanServer() {
        return composite(
                cbor(),
                mavenBundles("org.eclipse.californium", "cf-oscore"),
                mavenBundles("org.eclipse.leshan", "leshan-core", "leshan-core-cf", "leshan-server-core",
                        "leshan-server-cf"));
    }

    /**
     * The CBOR libraries Leshan and cf-oscore import. They are plain jars, wrapped into bundles on the fly with
     * explicit versions (the wrap defaults are version 0.0.0 and optional imports).
     */
    static Option cbor() {
        String numbersVersion = MavenUtils.getArtifactVersion("com.github.peteroupc", "numbers");
        String cborVersion = MavenUtils.getArtifactVersion("com.upokecenter", "cbor");
        return composite(
                wrappedBundle(maven("com.github.peteroupc", "numbers", numbersVersion))
                        .bundleSymbolicName("com.github.peteroupc.numbers")
                        .bundleVersion(numbersVersion)
                        .exports("com.upokecenter.numbers;version=" + numbersVersion),
                wrappedBundle(maven("com.upokecenter", "cbor", cborVersion))
                        .bundleSymbolicName("com.upokecenter.cbor")
                        .bundleVersion(cborVersion)
                        .exports("com.upokecenter.cbor;version=" + cborVersion,
                                "com.upokecenter.util;version=" + cborVersion)
                        .imports("com.upokecenter.numbers"));
    }

    /** The gateway bundles, from the jars Maven hands in. */
    static Option gateway() {
        return composite(GatewayBundle.all().stream()
                .map(b -> bundle(b.location()))
                .toArray(Option[]::new));
    }

    /**
     * The shared test helpers (test-support, a plain jar) wrapped into a bundle, for their Leshan test server. It
     * imports every package its classes use, at the versions this reactor builds against; only JUnit 5 and the
     * Felix framework are optional: the helpers that need them (ConfigAdminFramework, RoundTrips, ProviderCalls)
     * run outside OSGi and are never used in here.
     */
    static Option testSupport() {
        String version = osgiVersion(MavenUtils.getArtifactVersion("org.lwm2m.gateway", TEST_SUPPORT.artifactId()));
        return wrappedBundle(TEST_SUPPORT.location())
                .bundleSymbolicName("org.lwm2m.gateway.testing")
                .bundleVersion(version)
                .exports("org.lwm2m.gateway.testing;version=" + version)
                .imports("org.eclipse.leshan.*;version=\"[2.0,3)\"",
                        "org.eclipse.californium.*;version=\"[3.14,4)\"",
                        "org.lwm2m.gateway.api.*;version=\"[0.1,1)\"",
                        "org.junit.*;resolution:=optional",
                        "org.apache.felix.framework.*;resolution:=optional",
                        "*");
    }

    /** A Maven version of this reactor ("0.1.0-SNAPSHOT") as an OSGi version ("0.1.0.SNAPSHOT"). */
    private static String osgiVersion(String mavenVersion) {
        return mavenVersion.replace('-', '.');
    }

    /** Bundles of one Maven group, in the given order, at the versions this project's pom declares. */
    private static Option mavenBundles(String groupId, String... artifactIds) {
        return composite(Arrays.stream(artifactIds)
                .map(artifactId -> mavenBundle(groupId, artifactId).versionAsInProject())
                .toArray(Option[]::new));
    }

    private static String resourceFile(String name) {
        URL url = ItestOptions.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("not on the test classpath: " + name);
        }
        try {
            return new File(url.toURI()).getAbsolutePath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("not a file on the test classpath: " + url, e);
        }
    }
}
