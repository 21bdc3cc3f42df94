package org.lwm2m.gateway.itests;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * The bundles of this reactor that go into the test framework, and where their jars are (see {@link ReactorJar}).
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
    private final ReactorJar jar;

    GatewayBundle(String symbolicName, String moduleDirectory) {
        this.symbolicName = symbolicName;
        this.jar = new ReactorJar(symbolicName, "bundles/" + moduleDirectory);
    }

    /** Bundle-SymbolicName, which is also the Maven artifactId. */
    public String symbolicName() {
        return symbolicName;
    }

    /** The file URL Pax Exam and {@code BundleContext.installBundle} take. */
    public String location() {
        return jar.location();
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
}
