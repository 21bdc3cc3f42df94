package org.lwm2m.gateway.testing;

import java.io.InputStream;
import java.util.List;

import org.lwm2m.gateway.api.model.ObjectModel;

/**
 * The DDF files the tests use, one constant a file, named after object and version: the OMA registry's from the
 * api bundle ({@link ObjectModel#standard}), and this module's own all-types test object.
 */
public enum TestDdf {

    SECURITY_1_1(0, "1.1"),
    SECURITY_1_2(0, "1.2"),
    SERVER_1_1(1, "1.1"),
    SERVER_1_2(1, "1.2"),
    ACCESS_CONTROL_1_0(2, "1.0"),
    DEVICE_1_2(3, "1.2"),
    FIRMWARE_UPDATE_1_2(5, "1.2"),
    LOCATION_1_0(6, "1.0"),
    BINARY_APP_DATA_1_0(19, "1.0"),
    LWM2M_GATEWAY_2_0(25, "2.0"),
    TEMPERATURE_1_1(3303, "1.1"),
    /** The project's own test object: one single and one multiple resource of every data type, see {@link AllTypes}. */
    ALL_TYPES_1_0(AllTypes.ID, "1.0");

    /**
     * The objects the codec tests run every resource of: Security and Server 1.2, Device 1.2, LwM2M Gateway 2.0,
     * Temperature 1.1 and the all-types object. One version an object, as Leshan's model holds one.
     */
    public static final List<TestDdf> CODEC_OBJECTS = List.of(SECURITY_1_2, SERVER_1_2, DEVICE_1_2,
            LWM2M_GATEWAY_2_0, TEMPERATURE_1_1, ALL_TYPES_1_0);

    private final int objectId;
    private final String version;

    TestDdf(int objectId, String version) {
        this.objectId = objectId;
        this.version = version;
    }

    public int objectId() {
        return objectId;
    }

    /** The object version the file defines, e.g. "1.2". */
    public String version() {
        return version;
    }

    /** The classpath resource, e.g. "/ddf/0-1_1.xml", as the registry's version history names its files. */
    public String resource() {
        return ObjectModel.standardResource(objectId, version);
    }

    /** The file's content; the caller closes it. */
    public InputStream open() {
        return owner().getResourceAsStream(resource());
    }

    /** The file parsed by our DDF parser; parsed again on every call, so the caller keeps what it needs. */
    public ObjectModel model() {
        return ObjectModel.load(owner(), resource());
    }

    /** A class of the bundle that ships the file. */
    private Class<?> owner() {
        return this == ALL_TYPES_1_0 ? TestDdf.class : ObjectModel.class;
    }

    /** Our models of the given files, in the same order. */
    public static List<ObjectModel> models(List<TestDdf> ddfs) {
        return ddfs.stream().map(TestDdf::model).toList();
    }
}
