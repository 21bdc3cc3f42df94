package org.lwm2m.gateway.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.ContentFormats;
import org.lwm2m.gateway.api.link.Link;
import org.lwm2m.gateway.api.link.LinkParam;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.lwm2m.gateway.codec.link.LinkFormatCodec;

class RegistrationLinksTest {

    private static String encoded(List<Link> links) {
        return new String(new LinkFormatCodec().encode(links), StandardCharsets.UTF_8);
    }

    @Test
    void listsEveryObjectButSecurityWithVersionsAndInstances() {
        TestProvider security = RdObjects.noSec("coap://127.0.0.1:5683", 1);
        TestProvider server = RdObjects.server(1, 300);
        TestProvider accessControl = new TestProvider(TestObjects.ACCESS_CONTROL_1_0);
        TestProvider device = RdObjects.device();
        TestProvider location = new TestProvider(TestObjects.LOCATION);
        location.add(0);
        location.add(4);

        List<Link> links = RegistrationLinks.of(List.<ObjectProvider>of(security, server, accessControl, device,
                location), List.of(ContentFormats.SENML_CBOR, ContentFormats.TLV));

        assertEquals("</>;rt=\"oma.lwm2m\";ct=\"112 11542\",</1>;ver=1.1,</1/0>,</2>,</3>;ver=1.2,</3/0>,"
                + "</6/0>,</6/4>", encoded(links));
    }

    @Test
    void objectWithAVersionAndNoInstanceIsListedWithItsVersion() {
        List<Link> links = RegistrationLinks.of(List.of(new TestProvider(TestObjects.DEVICE)), List.of());

        assertEquals(List.of(Link.of("/", LinkParam.quoted("rt", "oma.lwm2m")),
                Link.of("/3", LinkParam.token("ver", "1.2"))), links);
    }

    @Test
    void aSingleContentFormatIsNotQuoted() {
        List<Link> links = RegistrationLinks.of(List.of(), List.of(ContentFormats.TLV));

        assertEquals("</>;rt=\"oma.lwm2m\";ct=11542", encoded(links));
    }

    @Test
    void oscoreIsNotListed() {
        ObjectModel oscore = new ObjectModel(21, "OSCORE", "1.0", "1.1", true, false, "", new TreeMap<>());
        TestProvider provider = new TestProvider(oscore);
        provider.add(0);

        assertEquals(List.of(Link.of("/", LinkParam.quoted("rt", "oma.lwm2m"))),
                RegistrationLinks.of(List.of(provider), List.of()));
    }
}
