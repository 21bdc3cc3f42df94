package org.lwm2m.gateway.engine;

import java.util.List;

import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.ResponseCode;

/** Turns the Uri-Path options of a server request into an LwM2M path. */
final class RequestPaths {

    private static final int MAX_DIGITS = 5;

    private RequestPaths() {
    }

    /**
     * Parses the Uri-Path segments. A segment that is not a number ("rd", ".well-known") or a path deeper than a
     * resource instance names nothing this client has (4.04); a number above {@link LwM2mPath#MAX_ID} is not an
     * LwM2M identifier at all (4.00).
     */
    static LwM2mPath parse(List<String> segments) throws LwM2mException {
        if (segments.size() > 4) {
            throw new LwM2mException(ResponseCode.NOT_FOUND, "no such path: /" + String.join("/", segments));
        }
        int[] ids = {LwM2mPath.NONE, LwM2mPath.NONE, LwM2mPath.NONE, LwM2mPath.NONE};
        for (int i = 0; i < segments.size(); i++) {
            ids[i] = id(segments.get(i), segments);
        }
        return new LwM2mPath(ids[0], ids[1], ids[2], ids[3]);
    }

    /** The path the segments name, or null if they name none. */
    static LwM2mPath tryParse(List<String> segments) {
        try {
            return parse(segments);
        } catch (LwM2mException e) {
            return null;
        }
    }

    private static int id(String segment, List<String> segments) throws LwM2mException {
        if (segment.isEmpty() || !segment.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new LwM2mException(ResponseCode.NOT_FOUND, "no such path: /" + String.join("/", segments));
        }
        int start = 0;
        while (start < segment.length() - 1 && segment.charAt(start) == '0') {
            start++;
        }
        String digits = segment.substring(start);
        if (digits.length() > MAX_DIGITS || Integer.parseInt(digits) > LwM2mPath.MAX_ID) {
            throw LwM2mException.badRequest("id out of range 0.." + LwM2mPath.MAX_ID + ": " + abbreviate(segment));
        }
        return Integer.parseInt(digits);
    }

    private static String abbreviate(String segment) {
        return segment.length() <= 12 ? segment : segment.substring(0, 12) + "...";
    }
}
