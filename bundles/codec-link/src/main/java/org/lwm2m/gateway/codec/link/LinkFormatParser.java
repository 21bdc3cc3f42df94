package org.lwm2m.gateway.codec.link;

import java.util.ArrayList;
import java.util.List;

import org.lwm2m.gateway.api.codec.CodecException;
import org.lwm2m.gateway.api.link.Link;
import org.lwm2m.gateway.api.link.LinkParam;

/**
 * Reads one CoRE Link Format document strictly: {@code link-value *("," link-value)}, each
 * {@code "<" URI-reference ">" *(";" parmname ["=" (ptoken / quoted-string)])}, no whitespace between items.
 * One parser reads one document.
 */
final class LinkFormatParser {

    private final String text;
    private int pos;

    private LinkFormatParser(String text) {
        this.text = text;
    }

    static List<Link> parse(String text) throws CodecException {
        return new LinkFormatParser(text).document();
    }

    private List<Link> document() throws CodecException {
        List<Link> links = new ArrayList<>();
        if (text.isEmpty()) {
            return links;
        }
        links.add(link());
        while (!atEnd()) {
            expect(',');
            links.add(link());
        }
        return links;
    }

    private Link link() throws CodecException {
        expect('<');
        int start = pos;
        int end = text.indexOf('>', start);
        if (end < 0) {
            throw error("link target at offset " + start + " has no closing '>'");
        }
        String target = text.substring(start, end);
        String problem = LinkSyntax.uriProblem(target);
        if (problem != null) {
            throw error("link target at offset " + start + " is not a URI: " + problem);
        }
        pos = end + 1;
        List<LinkParam> params = new ArrayList<>();
        while (!atEnd() && peek() == ';') {
            pos++;
            params.add(param());
        }
        if (!atEnd() && peek() != ',') {
            throw unexpected();
        }
        return new Link(target, params);
    }

    private LinkParam param() throws CodecException {
        int start = pos;
        while (!atEnd() && LinkSyntax.isParmnameChar(peek())) {
            pos++;
        }
        if (pos == start) {
            throw atEnd() ? error("link parameter name expected at the end") : unexpected();
        }
        String name = text.substring(start, pos);
        if (atEnd() || peek() != '=') {
            return LinkParam.flag(name);
        }
        pos++;
        if (!atEnd() && peek() == '"') {
            return LinkParam.quoted(name, quotedString());
        }
        int valueStart = pos;
        while (!atEnd() && LinkSyntax.isPtokenChar(peek())) {
            pos++;
        }
        if (pos == valueStart) {
            throw atEnd() ? error("value of " + name + " expected at the end") : unexpected();
        }
        return LinkParam.token(name, text.substring(valueStart, pos));
    }

    private String quotedString() throws CodecException {
        int start = pos;
        pos++;
        StringBuilder value = new StringBuilder();
        while (!atEnd()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return value.toString();
            }
            if (c == '\\') {
                if (atEnd()) {
                    break;
                }
                char escaped = text.charAt(pos++);
                if (escaped > 0x7f || LinkSyntax.isControl(escaped)) {
                    throw error("only visible ASCII characters may be escaped, offset " + (pos - 1));
                }
                value.append(escaped);
            } else if (LinkSyntax.isControl(c)) {
                throw error("control character " + LinkSyntax.describe(c) + " in a quoted string at offset "
                        + (pos - 1));
            } else {
                value.append(c);
            }
        }
        throw error("quoted string at offset " + start + " is not terminated");
    }

    private void expect(char c) throws CodecException {
        if (atEnd()) {
            throw error("expected '" + c + "' at the end");
        }
        if (peek() != c) {
            throw error("expected '" + c + "' at offset " + pos + ", found " + LinkSyntax.describe(peek()));
        }
        pos++;
    }

    private CodecException unexpected() {
        return error("unexpected " + LinkSyntax.describe(peek()) + " at offset " + pos);
    }

    private static CodecException error(String message) {
        return new CodecException("invalid link format: " + message);
    }

    private boolean atEnd() {
        return pos >= text.length();
    }

    private char peek() {
        return text.charAt(pos);
    }
}
