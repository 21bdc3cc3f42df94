package org.lwm2m.gateway.itests;

import java.io.File;
import java.util.Arrays;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * A bundle of the gateway that goes into the test framework. Every one of them is there: Maven copies the bundles
 * bundles/pom.xml lists into the directory the system property {@value #DIRECTORY_PROPERTY} names (see
 * itests/pom.xml), one {@code <symbolic name>.jar} each, so a new bundle needs no change here.
 *
 * @param symbolicName Bundle-SymbolicName, which is also the Maven artifactId
 */
public record GatewayBundle(String symbolicName) {

    static final String DIRECTORY_PROPERTY = "gateway.bundles";

    public static final GatewayBundle ENGINE = new GatewayBundle("org.lwm2m.gateway.engine");
    public static final GatewayBundle OBJECT_DEVICE = new GatewayBundle("org.lwm2m.gateway.object.device");

    /** Every gateway bundle, by name. */
    public static List<GatewayBundle> all() {
        File[] jars = directory().listFiles((dir, name) -> name.endsWith(".jar"));
        if (jars == null || jars.length == 0) {
            throw new IllegalStateException("no gateway bundles in " + directory() + ": build with mvn verify");
        }
        return Arrays.stream(jars).map(jar -> new GatewayBundle(jar.getName().replaceFirst("\\.jar$", "")))
                .sorted((a, b) -> a.symbolicName.compareTo(b.symbolicName)).toList();
    }

    /** The file URL Pax Exam and {@code BundleContext.installBundle} take. */
    public String location() {
        File jar = new File(directory(), symbolicName + ".jar");
        if (!jar.isFile()) {
            throw new IllegalStateException(jar + " not found: build with mvn verify");
        }
        return jar.toURI().toString();
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

    private static File directory() {
        return new File(System.getProperty(DIRECTORY_PROPERTY, "target/gateway-bundles"));
    }
}
