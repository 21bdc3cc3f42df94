package org.lwm2m.gateway.api.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/** An LwM2M object as its DDF defines it: identity, version and resources. */
public record ObjectModel(int id, String name, String version, String lwm2mVersion, boolean multipleInstances,
        boolean mandatory, String urn, SortedMap<Integer, ResourceModel> resources) {

    public ObjectModel {
        Objects.requireNonNull(name, "name");
        version = version == null || version.isBlank() ? "1.0" : version;
        lwm2mVersion = lwm2mVersion == null || lwm2mVersion.isBlank() ? "1.0" : lwm2mVersion;
        urn = urn == null ? "" : urn;
        resources = Collections.unmodifiableSortedMap(new TreeMap<>(resources));
    }

    /** The resource model, or null if the object defines no such resource. */
    public ResourceModel resource(int resourceId) {
        return resources.get(resourceId);
    }

    /** Whether the registration link must carry {@code ver=}: any version other than 1.0. */
    public boolean hasNonDefaultVersion() {
        return !"1.0".equals(version);
    }

    /**
     * The model of a standard object from the OMA registry's DDF files this bundle ships, one per object version,
     * e.g. {@code ObjectModel.standard(3, "1.2")}: object bundles take their model from here instead of carrying
     * their own copy. Parsed on every call: keep the result.
     *
     * @throws IllegalStateException if this bundle ships no DDF for that object version
     */
    public static ObjectModel standard(int objectId, String version) {
        return load(ObjectModel.class, standardResource(objectId, version));
    }

    /** Where {@link #standard} finds a DDF: "/ddf/3-1_2.xml", as the registry's version history names its files. */
    public static String standardResource(int objectId, String version) {
        return "/ddf/" + objectId + "-" + version.replace('.', '_') + ".xml";
    }

    /**
     * Loads the single object a DDF resource of {@code anchor}'s bundle defines, e.g.
     * {@code ObjectModel.load(MyProvider.class, "/ddf/3.xml")}.
     *
     * @throws IllegalStateException if the resource is missing or is not a DDF with exactly one object
     */
    public static ObjectModel load(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("DDF resource not found: " + resource);
            }
            List<ObjectModel> models = DdfParser.parse(in);
            if (models.size() != 1) {
                throw new IllegalStateException(resource + " defines " + models.size() + " objects, expected 1");
            }
            return models.get(0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read DDF " + resource, e);
        }
    }
}
