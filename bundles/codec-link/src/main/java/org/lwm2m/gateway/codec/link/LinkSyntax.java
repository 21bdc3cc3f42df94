package org.lwm2m.gateway.codec.link;

/** The character classes of the CoRE Link Format grammar (RFC 6690 §2, RFC 3986, RFC 5987). */
final class LinkSyntax {

    private static final String URI_MARKS = "-._~:/?#[]@!$&'()*+,;=";
    private static final String PARMNAME_MARKS = "!#$&+-.^_`|~";
    private static final String PTOKEN_MARKS = "!#$%&'()*+-./:<=>?@[]^_`{|}~";

    private LinkSyntax() {
    }

    static boolean isAlphaOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    static boolean isHexDigit(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /** A URI-reference character other than '%', which must start a percent-encoded octet. */
    static boolean isUriChar(char c) {
        return isAlphaOrDigit(c) || URI_MARKS.indexOf(c) >= 0;
    }

    static boolean isParmnameChar(char c) {
        return isAlphaOrDigit(c) || PARMNAME_MARKS.indexOf(c) >= 0;
    }

    static boolean isPtokenChar(char c) {
        return isAlphaOrDigit(c) || PTOKEN_MARKS.indexOf(c) >= 0;
    }

    /** A control character that a quoted string may not hold (horizontal tab is allowed). */
    static boolean isControl(char c) {
        return c < 0x20 && c != '\t' || c == 0x7f;
    }

    /** Why {@code target} is not a URI reference, or null if it is one. */
    static String uriProblem(String target) {
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c == '%') {
                if (i + 2 >= target.length() || !isHexDigit(target.charAt(i + 1))
                        || !isHexDigit(target.charAt(i + 2))) {
                    return "'%' not followed by two hex digits at offset " + i;
                }
                i += 2;
            } else if (!isUriChar(c)) {
                return "character " + describe(c) + " not allowed in a URI at offset " + i;
            }
        }
        return null;
    }

    static boolean isParmname(String name) {
        return !name.isEmpty() && name.chars().allMatch(c -> isParmnameChar((char) c));
    }

    static boolean isPtoken(String value) {
        return !value.isEmpty() && value.chars().allMatch(c -> isPtokenChar((char) c));
    }

    static String describe(char c) {
        return c >= 0x21 && c < 0x7f ? "'" + c + "'" : String.format("U+%04X", (int) c);
    }
}
