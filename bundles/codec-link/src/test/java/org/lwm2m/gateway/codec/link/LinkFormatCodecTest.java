package org.lwm2m.gateway.codec.link;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lwm2m.gateway.api.ContentFormats;
import org.lwm2m.gateway.api.codec.CodecException;
import org.lwm2m.gateway.api.link.Link;
import org.lwm2m.gateway.api.link.LinkParam;
import org.lwm2m.gateway.testing.RandomLinks;

class LinkFormatCodecTest {

    private final LinkFormatCodec codec = new LinkFormatCodec();

    private String encode(Link... links) {
        return new String(codec.encode(List.of(links)), UTF_8);
    }

    private List<Link> decode(String text) throws CodecException {
        return codec.decode(text.getBytes(UTF_8));
    }

    @Test
    void isContentFormat40() {
        assertEquals(ContentFormats.LINK, codec.contentFormat());
    }

    @Test
    void writesARegistrationPayload() throws CodecException {
        List<Link> links = List.of(
                Link.of("/", LinkParam.quoted("rt", "oma.lwm2m"), LinkParam.quoted("ct", "0 42 11542")),
                Link.of("/1/0"), Link.of("/3", LinkParam.token("ver", "1.2")), Link.of("/3/0"));
        String text = "</>;rt=\"oma.lwm2m\";ct=\"0 42 11542\",</1/0>,</3>;ver=1.2,</3/0>";
        assertEquals(text, new String(codec.encode(links), UTF_8));
        assertEquals(links, decode(text));
    }

    @Test
    void writesFlagsTokensAndQuotedStrings() throws CodecException {
        Link link = Link.of("/3/0/1", LinkParam.flag("obs"), LinkParam.token("pmin", "10"),
                LinkParam.quoted("title", "say \"hi\" \\ bye"), LinkParam.quoted("x", "Grüße, ☃; 🚀"));
        String text = "</3/0/1>;obs;pmin=10;title=\"say \\\"hi\\\" \\\\ bye\";x=\"Grüße, ☃; 🚀\"";
        assertEquals(text, encode(link));
        assertEquals(List.of(link), decode(text));
    }

    @Test
    void writesATokenThatIsNoPtokenAsAQuotedString() throws CodecException {
        assertEquals("</1>;a=\"two words\";b=\"\";c=\"x,y\"", encode(Link.of("/1", LinkParam.token("a", "two words"),
                LinkParam.token("b", ""), LinkParam.token("c", "x,y"))));
        assertEquals(List.of(Link.of("/1", LinkParam.quoted("a", "two words"))), decode("</1>;a=\"two words\""));
    }

    @Test
    void writesNothingForNoLinks() throws CodecException {
        assertEquals("", encode());
        assertEquals(List.of(), decode(""));
    }

    @Test
    void refusesToWriteWhatIsNotLinkFormat() {
        assertThrows(IllegalArgumentException.class, () -> encode(Link.of("/a b")));
        assertThrows(IllegalArgumentException.class, () -> encode(Link.of("/a>b")));
        assertThrows(IllegalArgumentException.class, () -> encode(Link.of("/%zz")));
        assertThrows(IllegalArgumentException.class, () -> encode(Link.of("/é")));
        assertThrows(IllegalArgumentException.class, () -> encode(Link.of("/1", LinkParam.flag("a b"))));
        assertThrows(IllegalArgumentException.class, () -> encode(Link.of("/1", LinkParam.token("a=", "1"))));
        assertThrows(IllegalArgumentException.class, () -> encode(Link.of("/1", LinkParam.quoted("a", "x\ny"))));
    }

    @Test
    void readsWhatTheGrammarAllows() throws CodecException {
        assertEquals(List.of(Link.of("")), decode("<>"));
        assertEquals(List.of(Link.of("/a%2Fb?q=1&r=[x]"), Link.of("coap://[::1]:5683/rd;x")),
                decode("</a%2Fb?q=1&r=[x]>,<coap://[::1]:5683/rd;x>"));
        assertEquals(List.of(Link.of("/1", LinkParam.token("a", "<x>=!#$%&'()*+-./:?@[]^_`{|}~"))),
                decode("</1>;a=<x>=!#$%&'()*+-./:?@[]^_`{|}~"));
        assertEquals(List.of(Link.of("/1", LinkParam.quoted("a", ""), LinkParam.flag("b"),
                LinkParam.quoted("c", "x\ty"))), decode("</1>;a=\"\";b;c=\"x\ty\""));
        assertEquals(List.of(Link.of("/1", LinkParam.quoted("a", "q"))), decode("</1>;a=\"\\q\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"</3", "/3>", "3", "<3>;", "</3>;a=\"unterminated", "</3>;a=\"x\\", "</3>,", ",</3>",
        "</3>,,</4>", "</3> ,</4>", "</3>, </4>", " </3>", "</3> ", "</3>;=1", "</3>;a=", "</3>x", "</3>;a=b c",
        "</3>;a=\"x\"y", "</a b>", "</%zz>", "</%4>", "</3>;a=\"\u0001\"", "</3>;a=\"\\é\"", "</3>;a b",
        "</3>;a,b", "</3>;a=\"x\";", "<</3>>", "</3>>", "</é>", "</3>;é=1", "</3>;a=é", "</3>;a=b\"c\"",
        "</3>\n,</4>", "</3>;a=\"\\\u0008\"", "</3>;a=1;;b", "garbage", "<", ">", ";", ","})
    void rejectsWhatTheGrammarDoesNot(String text) {
        CodecException e = assertThrows(CodecException.class, () -> decode(text));
        assertTrue(e.getMessage().startsWith("invalid link format"), e.getMessage());
    }

    @Test
    void rejectsInvalidUtf8() {
        byte[] payload = {'<', '/', '>', ';', 'a', '=', '"', (byte) 0xc3, 0x28, '"'};
        CodecException e = assertThrows(CodecException.class, () -> codec.decode(payload));
        assertTrue(e.getMessage().contains("UTF-8"));
    }

    @Test
    void roundTripsRandomDocuments() throws CodecException {
        RandomLinks random = RandomLinks.any(new Random(43));
        for (int i = 0; i < 3000; i++) {
            List<Link> links = random.document();
            assertEquals(links, codec.decode(codec.encode(links)));
        }
    }

    @Test
    void decodedListsAreImmutable() throws CodecException {
        List<Link> links = decode("</1>");
        assertThrows(UnsupportedOperationException.class, () -> links.add(Link.of("/2")));
    }
}
