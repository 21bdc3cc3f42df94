package org.lwm2m.gateway.itests;

import java.io.File;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * The bundles of this reactor that go into the test framework, and where their jars are. Maven passes each
 * jar's path as the system property {@code bundle.<symbolic name>} (see itests/pom.xml); a run without it
 * (an IDE) falls back to the module's target/ directory.
 */
public enum GatewayBundle {
    API("org.lwm2m.gateway.api", "api"),
    CODEC_TEXT("org.lwm2m.gateway.codec.text", "codec-text"),
    CODEC_OPAQUE("org.lwm2m.gateway.codec.opaque", "codec-opaque"),
    CODEC_TLV("org.lwm2m.gateway.codec.tlv", "codec-tlv"),
    CODEC_LINK("org.lwm2m.gateway.codec.link", "codec-link"),
    OBJECT_SECURITY("org.lwm2m.gateway.object.security", "object-security"),
    OBJECT_SERVER("org.lwm2m.gateway.object.server", "object-server"),
    OBJECT_DEVICE("org.lwm2m.gateway.object.device", "object-device"),
    ENGINE("org.lwm2m.gateway.engine", "engine");

    private final String symbolicName;
    private final String moduleDirectory;

    GatewayBundle(String symbolicName, String moduleDirectory) {
        this.symbolicName = symbolicName;
        this.moduleDirectory = moduleDirectory;
    }

    /** Bundle-SymbolicName, which is also the Maven artifactId. */
    public String symbolicName() {
        return symbolicName;
    }

    /** The bundle's jar file. */
    public File jar() {
        String path = System.getProperty("bundle." + symbolicName);
        File jar = path != null && !path.isEmpty() ? new File(path) : builtJar();
        if (jar == null || !jar.isFile()) {
            throw new IllegalStateException("jar of " + symbolicName + " not found (system property bundle."
                    + symbolicName + "=" + path + "); build it first: mvn install -pl bundles/" + moduleDirectory);
        }
        return jar;
    }

    /** The file URL Pax Exam and {@code BundleContext.installBundle} take. */
    public String location() {
        return jar().toURI().toString();
    }

    /**
     * This bundle in a running framework.
     *
     * @throws AssertionError if it is not installed
     */
    public Bundle in(BundleContext context) {
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        throw new AssertionError(symbolicName + " is not installed");
    }

    private File builtJar() {
        File[] jars = new File("../bundles/" + moduleDirectory + "/target").listFiles((dir, name) ->
                name.startsWith(symbolicName + "-") && name.endsWith(".jar")
                        && !name.endsWith("-sources.jar") && !name.endsWith("-javadoc.jar"));
        return jars != null && jars.length == 1 ? jars[0] : null;
    }
}
