package org.lwm2m.gateway.codec.link;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.lwm2m.gateway.api.link.Link;
import org.lwm2m.gateway.api.link.LinkParam;

/** Writes links as a CoRE Link Format document: {@code </3>;ver=1.2,</3/0>}. */
final class LinkFormatWriter {

    private LinkFormatWriter() {
    }

    /**
     * Writes {@code links}. A token value that is not a valid ptoken (empty, or with spaces, commas ...) is written
     * as a quoted string instead, which carries any text.
     *
     * @throws IllegalArgumentException if a target is not a URI reference, a parameter name is not a valid
     *         parmname, or a value holds control characters
     */
    static byte[] write(List<Link> links) {
        StringBuilder sb = new StringBuilder();
        for (Link link : links) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            String problem = LinkSyntax.uriProblem(link.target());
            if (problem != null) {
                throw new IllegalArgumentException("link target \"" + link.target() + "\" is not a URI: " + problem);
            }
            sb.append('<').append(link.target()).append('>');
            for (LinkParam param : link.params()) {
                sb.append(';');
                appendParam(sb, param);
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void appendParam(StringBuilder sb, LinkParam param) {
        if (!LinkSyntax.isParmname(param.name())) {
            throw new IllegalArgumentException("not a link parameter name: \"" + param.name() + "\"");
        }
        sb.append(param.name());
        String value = param.value();
        if (value == null) {
            return;
        }
        sb.append('=');
        if (!param.quoted() && LinkSyntax.isPtoken(value)) {
            sb.append(value);
            return;
        }
        sb.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (LinkSyntax.isControl(c)) {
                throw new IllegalArgumentException(
                        "control character " + LinkSyntax.describe(c) + " in the value of " + param.name());
            }
            if (c == '"' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c);
        }
        sb.append('"');
    }
}
