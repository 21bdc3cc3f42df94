package org.lwm2m.gateway.testing;

import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.model.ResourceType;

/**
 * The layout of the all-types test object 33001: the single resource of each data type has the type's ordinal as
 * its id, the multiple resource of that type the ordinal plus ten; resource 20 is executable, 300 and 1000 have
 * 16-bit ids.
 */
public final class AllTypes {

    /** The object id of the all-types test object. */
    public static final int ID = 33001;

    private AllTypes() {
    }

    /** The object model, parsed from {@link TestDdf#ALL_TYPES_1_0}. */
    public static ObjectModel model() {
        return TestDdf.ALL_TYPES_1_0.model();
    }

    /** The id of the single resource of that type. */
    public static int singleId(ResourceType type) {
        return type.ordinal();
    }

    /** The id of the multiple resource of that type. */
    public static int multipleId(ResourceType type) {
        return 10 + type.ordinal();
    }

    /** The path of the single resource of that type in instance 0. */
    public static LwM2mPath single(ResourceType type) {
        return LwM2mPath.of(ID, 0, singleId(type));
    }

    /** The path of the multiple resource of that type in instance 0. */
    public static LwM2mPath multiple(ResourceType type) {
        return LwM2mPath.of(ID, 0, multipleId(type));
    }

    /** The path of one instance of the multiple resource of that type in instance 0. */
    public static LwM2mPath instanceOf(ResourceType type, int resourceInstanceId) {
        return multiple(type).append(resourceInstanceId);
    }
}
