package org.lwm2m.gateway.api.client;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.object.Requester;

/**
 * One Access Control instance (object 2) a client configuration gives, for a client with several servers and no
 * bootstrap server to write them: {@code "3/0 1=RWE 2=R owner=1"}. First what it is about: an object instance
 * ({@code objectId/instanceId}), or an object ({@code objectId}) for the right to create instances in it. Then the
 * rights of each server by short server id, {@code *} for the default of servers without their own: the letters R
 * (read, observe, discover, write attributes), W (write), E (execute), D (delete), C (create). Last, optionally, the
 * short server id of its owner, the one server that may manage it and that has every right where it has no entry of
 * its own; without one, no server manages it.
 *
 * @param instanceId {@link #OBJECT} for the object itself
 * @param rights     the ACL resource's values: rights as bits (1 R, 2 W, 4 E, 8 D, 16 C) by short server id,
 *                   {@link #DEFAULT_ENTRY} for the default
 * @param owner      the owner's short server id, or {@link #NO_OWNER}
 */
public record AccessRule(int objectId, int instanceId, SortedMap<Integer, Integer> rights, int owner) {

    /** The instance id that stands for the object, for the right to create. */
    public static final int OBJECT = 65535;
    /** The owner of an instance no server manages. */
    public static final int NO_OWNER = 65535;
    /** The ACL entry of the default rights. */
    public static final int DEFAULT_ENTRY = 0;

    private static final String LETTERS = "RWEDC";

    public AccessRule {
        rights = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(rights, "rights")));
    }

    /**
     * Reads one rule.
     *
     * @param name what the refusal calls the setting
     * @throws IllegalArgumentException saying what is wrong and what the syntax is
     */
    public static AccessRule parse(String text, String name) {
        String[] words = text.trim().split("\\s+");
        String refusal = name + " = '" + text + "': ";
        String syntax = "; write it as '<object>/<instance> <server>=<rights> ... [owner=<server>]', such as "
                + "'3/0 1=RWE *=R owner=1', rights from the letters R, W, E, D and C";
        if (words.length < 2) {
            throw new IllegalArgumentException(refusal + "names no rights" + syntax);
        }
        String[] target = words[0].split("/", -1);
        if (target.length > 2) {
            throw new IllegalArgumentException(refusal + "'" + words[0] + "' is not an object or an instance" + syntax);
        }
        int objectId = id(target[0], 1, LwM2mPath.MAX_ID, refusal + "object id", syntax);
        int instanceId = target.length == 1 ? OBJECT
                : id(target[1], 0, OBJECT - 1, refusal + "instance id", syntax);
        SortedMap<Integer, Integer> rights = new TreeMap<>();
        int owner = NO_OWNER;
        for (int i = 1; i < words.length; i++) {
            String[] pair = words[i].split("=", -1);
            if (pair.length != 2) {
                throw new IllegalArgumentException(refusal + "'" + words[i] + "' is not <server>=<rights>" + syntax);
            }
            if (pair[0].equals("owner")) {
                owner = id(pair[1], 1, Requester.MAX_SHORT_SERVER_ID, refusal + "owner", syntax);
            } else {
                int server = pair[0].equals("*") ? DEFAULT_ENTRY
                        : id(pair[0], 1, Requester.MAX_SHORT_SERVER_ID, refusal + "short server id", syntax);
                if (rights.put(server, bits(pair[1], refusal, syntax)) != null) {
                    throw new IllegalArgumentException(refusal + "server " + pair[0] + " has rights twice" + syntax);
                }
            }
        }
        return new AccessRule(objectId, instanceId, rights, owner);
    }

    private static int bits(String letters, String refusal, String syntax) {
        int bits = 0;
        for (char letter : letters.toCharArray()) {
            int index = LETTERS.indexOf(letter);
            if (index < 0) {
                throw new IllegalArgumentException(refusal + "'" + letter + "' is not a right" + syntax);
            }
            bits |= 1 << index;
        }
        if (bits == 0) {
            throw new IllegalArgumentException(refusal + "no rights after '='" + syntax);
        }
        return bits;
    }

    private static int id(String text, int min, int max, String what, String syntax) {
        try {
            int id = Integer.parseInt(text);
            if (id >= min && id <= max) {
                return id;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalArgumentException(what + " '" + text + "' is not a number from " + min + " to " + max
                + syntax);
    }
}
