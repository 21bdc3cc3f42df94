package org.lwm2m.gateway.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.leshan.core.link.Link;
import org.eclipse.leshan.server.registration.Registration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lwm2m.gateway.api.client.ClientConfiguration;
import org.lwm2m.gateway.testing.LeshanTestServer;
import org.osgi.framework.Constants;

/** The {@code ct} of the root link as the configuration asks: the installed optional formats, none, or a list. */
class ContentFormatAdvertisementTest {

    @RegisterExtension
    final ClientBench bench = new ClientBench();

    @Test
    void automaticListsTheInstalledFormatsBeyondTextAndOpaque() throws Exception {
        assertEquals("</>;rt=\"oma.lwm2m\";ct=11542", rootLink(registered("ct-auto", "auto")));
    }

    @Test
    void noneLeavesCtOutAndAConfiguredListIsSentAsGivenInAnUpdate() throws Exception {
        ClientComponent client = started("ct-list", "none");
        assertEquals("</>;rt=\"oma.lwm2m\"", rootLink(bench.leshan().registrations().next()));

        client.modified(configuration("ct-list", "112"));

        LeshanTestServer.Update update = bench.leshan().updates().next();
        assertEquals("</>;rt=\"oma.lwm2m\";ct=112", update.update().getObjectLinks()[0].toCoreLinkFormat(),
                "a single format unquoted, as the Wakaama server takes it");

        client.modified(configuration("ct-list", "110, 112 11542"));

        assertEquals("</>;rt=\"oma.lwm2m\";ct=\"110 112 11542\"",
                bench.leshan().updates().next().update().getObjectLinks()[0].toCoreLinkFormat());
    }

    private Registration registered(String endpoint, String contentFormats) throws InterruptedException {
        started(endpoint, contentFormats);
        return bench.leshan().registrations().next();
    }

    private ClientComponent started(String endpoint, String contentFormats) {
        ClientComponent client = bench.configured(configuration(endpoint, contentFormats));
        client.bindProvider(bench.noSecAccount(), Map.of());
        client.bindProvider(RdObjects.server(1, 300), Map.of());
        client.activate();
        return client;
    }

    private Map<String, Object> configuration(String endpoint, String contentFormats) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(Constants.SERVICE_PID, ClientConfiguration.FACTORY_PID + "~" + endpoint);
        properties.put(ClientConfiguration.ENDPOINT, endpoint);
        properties.put(ClientConfiguration.SERVER_URI, bench.leshan().coapUri().toString());
        properties.put(ClientConfiguration.CONTENT_FORMATS, contentFormats);
        return properties;
    }

    private static String rootLink(Registration registration) {
        Link root = registration.getObjectLinks()[0];
        return root.toCoreLinkFormat();
    }
}
