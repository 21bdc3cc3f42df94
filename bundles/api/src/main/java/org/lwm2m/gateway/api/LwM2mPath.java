package org.lwm2m.gateway.api;

/**
 * A path in the LwM2M data model: root, object, object instance, resource or resource instance ("/3/0/14").
 * Absent levels are {@link #NONE}; a level is only present when every level above it is.
 */
public record LwM2mPath(int objectId, int instanceId, int resourceId, int resourceInstanceId)
        implements Comparable<LwM2mPath> {

    /** Marks an absent level. */
    public static final int NONE = -1;
    /** Largest identifier of an object, instance, resource or resource instance (65535 is reserved). */
    public static final int MAX_ID = 65534;
    /** The root path "/". */
    public static final LwM2mPath ROOT = new LwM2mPath(NONE, NONE, NONE, NONE);

    public LwM2mPath {
        int[] ids = {objectId, instanceId, resourceId, resourceInstanceId};
        boolean absent = false;
        for (int id : ids) {
            if (id == NONE) {
                absent = true;
            } else if (absent) {
                throw new IllegalArgumentException("a path level is present below an absent one");
            } else if (id < 0 || id > MAX_ID) {
                throw new IllegalArgumentException("path id out of range 0.." + MAX_ID + ": " + id);
            }
        }
    }

    public static LwM2mPath of(int objectId) {
        return new LwM2mPath(objectId, NONE, NONE, NONE);
    }

    public static LwM2mPath of(int objectId, int instanceId) {
        return new LwM2mPath(objectId, instanceId, NONE, NONE);
    }

    public static LwM2mPath of(int objectId, int instanceId, int resourceId) {
        return new LwM2mPath(objectId, instanceId, resourceId, NONE);
    }

    public static LwM2mPath of(int objectId, int instanceId, int resourceId, int resourceInstanceId) {
        return new LwM2mPath(objectId, instanceId, resourceId, resourceInstanceId);
    }

    /**
     * Parses "3", "/3/0", "3/0/14/1" or "/" (a leading slash is optional, a trailing one is not allowed).
     *
     * @throws IllegalArgumentException if the text is not a path
     */
    public static LwM2mPath parse(String text) {
        String s = text.startsWith("/") ? text.substring(1) : text;
        if (s.isEmpty()) {
            return ROOT;
        }
        String[] parts = s.split("/", -1);
        if (parts.length > 4) {
            throw new IllegalArgumentException("too many levels in path: " + text);
        }
        int[] ids = {NONE, NONE, NONE, NONE};
        for (int i = 0; i < parts.length; i++) {
            ids[i] = parseId(parts[i], text);
        }
        return new LwM2mPath(ids[0], ids[1], ids[2], ids[3]);
    }

    private static int parseId(String part, String text) {
        if (part.isEmpty() || part.length() > 5 || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("not an LwM2M path: " + text);
        }
        return Integer.parseInt(part);
    }

    /** Number of levels present: 0 for root, 4 for a resource instance. */
    public int depth() {
        if (objectId == NONE) {
            return 0;
        }
        if (instanceId == NONE) {
            return 1;
        }
        if (resourceId == NONE) {
            return 2;
        }
        return resourceInstanceId == NONE ? 3 : 4;
    }

    public boolean isRoot() {
        return depth() == 0;
    }

    public boolean isObject() {
        return depth() == 1;
    }

    public boolean isObjectInstance() {
        return depth() == 2;
    }

    public boolean isResource() {
        return depth() == 3;
    }

    public boolean isResourceInstance() {
        return depth() == 4;
    }

    /** The path one level deeper. */
    public LwM2mPath append(int id) {
        return switch (depth()) {
            case 0 -> of(id);
            case 1 -> of(objectId, id);
            case 2 -> of(objectId, instanceId, id);
            case 3 -> of(objectId, instanceId, resourceId, id);
            default -> throw new IllegalStateException("a resource instance path has no children: " + this);
        };
    }

    /** The path one level up ("/3/0/1" gives "/3/0"); the root has none. */
    public LwM2mPath parent() {
        return switch (depth()) {
            case 1 -> ROOT;
            case 2 -> of(objectId);
            case 3 -> of(objectId, instanceId);
            case 4 -> of(objectId, instanceId, resourceId);
            default -> throw new IllegalStateException("the root has no parent");
        };
    }

    /** Whether this path equals {@code other} or lies below it. */
    public boolean startsWith(LwM2mPath other) {
        int[] mine = ids();
        int[] theirs = other.ids();
        for (int i = 0; i < other.depth(); i++) {
            if (mine[i] != theirs[i]) {
                return false;
            }
        }
        return true;
    }

    private int[] ids() {
        return new int[] {objectId, instanceId, resourceId, resourceInstanceId};
    }

    @Override
    public int compareTo(LwM2mPath o) {
        int c = Integer.compare(objectId, o.objectId);
        if (c == 0) {
            c = Integer.compare(instanceId, o.instanceId);
        }
        if (c == 0) {
            c = Integer.compare(resourceId, o.resourceId);
        }
        return c != 0 ? c : Integer.compare(resourceInstanceId, o.resourceInstanceId);
    }

    /** "/3/0/14", or "/" for the root. */
    @Override
    public String toString() {
        if (isRoot()) {
            return "/";
        }
        StringBuilder sb = new StringBuilder();
        for (int id : ids()) {
            if (id == NONE) {
                break;
            }
            sb.append('/').append(id);
        }
        return sb.toString();
    }
}
