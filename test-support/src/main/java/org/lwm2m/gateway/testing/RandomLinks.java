package org.lwm2m.gateway.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.lwm2m.gateway.api.link.Link;
import org.lwm2m.gateway.api.link.LinkParam;

/** Random link documents from a seeded Random: targets that start with '/', every kind of parameter. */
public final class RandomLinks {

    private static final List<String> NAMES = List.of("a", "obs", "pmin", "pmax", "x-y", "foo.bar", "b_c",
            "title", "ep", "lt", "dim", "gt", "A1", "z~z");
    private static final String PTOKEN = "abcXYZ0189!#$%&'()*+-./:<=>?@[]^_`{|}~";
    private static final String QUOTED = "ab yz09,;<>=\"\t/é☃";

    private final Random random;
    private final String quotedAlphabet;
    private final int quotedMinLength;

    private RandomLinks(Random random, String quotedAlphabet, int quotedMinLength) {
        this.random = random;
        this.quotedAlphabet = quotedAlphabet;
        this.quotedMinLength = quotedMinLength;
    }

    /** Links with any parameter the grammar allows, backslashes and empty quoted strings included. */
    public static RandomLinks any(Random random) {
        return new RandomLinks(random, QUOTED + "\\", 0);
    }

    /**
     * Links Leshan M15 handles: it neither escapes nor unescapes backslashes in quoted strings (it writes
     * {@code a\b} as {@code "a\b"} and reads {@code "a\\b"} as two backslashes), and its QuotedStringAttribute
     * refuses an empty value.
     */
    public static RandomLinks leshanSafe(Random random) {
        return new RandomLinks(random, QUOTED, 1);
    }

    /** Up to five links. */
    public List<Link> document() {
        List<Link> links = new ArrayList<>();
        int count = random.nextInt(6);
        for (int i = 0; i < count; i++) {
            links.add(link());
        }
        return links;
    }

    /** A link with up to three parameters of distinct names. */
    public Link link() {
        List<String> names = new ArrayList<>(NAMES);
        Collections.shuffle(names, random);
        List<LinkParam> params = new ArrayList<>();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            String name = names.get(i);
            params.add(switch (random.nextInt(3)) {
                case 0 -> LinkParam.flag(name);
                case 1 -> LinkParam.token(name, text(PTOKEN, 1));
                default -> LinkParam.quoted(name, text(quotedAlphabet, quotedMinLength));
            });
        }
        return new Link(target(), params);
    }

    private String target() {
        StringBuilder sb = new StringBuilder();
        int depth = random.nextInt(5);
        if (depth == 0) {
            return "/";
        }
        for (int i = 0; i < depth; i++) {
            sb.append('/');
            sb.append(random.nextInt(4) == 0 ? "%2F" : Integer.toString(random.nextInt(70000)));
        }
        return sb.toString();
    }

    private String text(String alphabet, int minLength) {
        int length = minLength + random.nextInt(8);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
