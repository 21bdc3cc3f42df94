package org.lwm2m.gateway.engine;

import org.lwm2m.gateway.api.LwM2mException;

/**
 * The argument list of an LwM2M 1.1 Execute, such as {@code 0='abc',1}: a comma-separated list of single
 * digits, each optionally with a single-quoted value of printable ASCII without quotes or backslash.
 */
final class ExecuteArguments {

    private ExecuteArguments() {
    }

    /**
     * Checks the syntax of an argument list; the empty list is valid.
     *
     * @throws LwM2mException 4.00 naming the first offending position
     */
    static void validate(String arguments) throws LwM2mException {
        int i = 0;
        int n = arguments.length();
        while (i < n) {
            if (!isDigit(arguments.charAt(i))) {
                throw invalid(i, "expected a digit");
            }
            i++;
            if (i < n && arguments.charAt(i) == '=') {
                i++;
                if (i >= n || arguments.charAt(i) != '\'') {
                    throw invalid(i, "expected a quoted value");
                }
                i++;
                while (i < n && arguments.charAt(i) != '\'') {
                    if (!isValueChar(arguments.charAt(i))) {
                        throw invalid(i, "character not allowed in a value");
                    }
                    i++;
                }
                if (i >= n) {
                    throw invalid(i, "unterminated value");
                }
                i++;
            }
            if (i < n) {
                if (arguments.charAt(i) != ',' || i == n - 1) {
                    throw invalid(i, "expected ',' followed by an argument");
                }
                i++;
            }
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** CHAR of the grammar: '!', 0x23-0x26, 0x28-0x5B, 0x5D-0x7E (no space, '"', '\'' or '\\'). */
    private static boolean isValueChar(char c) {
        return c == '!' || c >= 0x23 && c <= 0x26 || c >= 0x28 && c <= 0x5B || c >= 0x5D && c <= 0x7E;
    }

    private static LwM2mException invalid(int position, String problem) {
        return LwM2mException.badRequest("invalid execute arguments at position " + position + ": " + problem);
    }
}
