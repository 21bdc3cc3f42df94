package org.lwm2m.gateway.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.lwm2m.gateway.itests.GatewayHarness.attribute;
import static org.lwm2m.gateway.itests.GatewayHarness.describe;
import static org.lwm2m.gateway.itests.GatewayHarness.hasLinkAtOrBelow;
import static org.lwm2m.gateway.itests.GatewayHarness.link;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Hashtable;
import java.util.Optional;

import org.eclipse.leshan.core.LwM2m.LwM2mVersion;
import org.eclipse.leshan.core.link.Link;
import org.eclipse.leshan.core.request.BindingMode;
import org.eclipse.leshan.core.request.ContentFormat;
import org.eclipse.leshan.server.registration.Registration;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.lwm2m.gateway.api.client.ClientConfiguration;
import org.lwm2m.gateway.api.client.ClientEvent;
import org.lwm2m.gateway.api.client.ClientState;
import org.lwm2m.gateway.api.client.LwM2mClient;
import org.lwm2m.gateway.api.client.ServerRegistration;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.service.cm.Configuration;

/** Register, what the registration says, and deregistration when the client stops. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RegistrationIT extends WithGatewayHarness {

    private static final String ENDPOINT = "it-registration";

    @Test
    public void registrationCarriesEndpointLifetimeVersionAndBinding() throws Exception {
        Hashtable<String, Object> properties = harness().coapClient(ENDPOINT);
        properties.put(ClientConfiguration.LIFETIME, 120L);
        properties.put(ClientConfiguration.BINDING, "U");
        harness().configure(properties);

        Registration registration = harness().awaitRegistered(ENDPOINT);

        assertEquals(ENDPOINT, registration.getEndpoint());
        assertEquals(Long.valueOf(120), registration.getLifeTimeInSec());
        assertEquals(LwM2mVersion.V1_1, registration.getLwM2mVersion());
        assertEquals(EnumSet.of(BindingMode.U), registration.getBindingMode());
    }

    @Test
    public void registrationListsObjectsAndInstancesButNotSecurity() throws Exception {
        Registration registration = harness().registerCoapClient(ENDPOINT);
        Link[] links = registration.getObjectLinks();

        assertNotNull("no </1/0> in " + describe(links), link(links, "/1/0"));
        Link device = link(links, "/3");
        assertNotNull("no </3> in " + describe(links), device);
        assertEquals("version of </3> in " + describe(links), "1.2", attribute(device, "ver"));
        assertNotNull("no </3/0> in " + describe(links), link(links, "/3/0"));
        assertFalse("the Security object must not be announced: " + describe(links), hasLinkAtOrBelow(links, "/0"));
    }

    @Test
    public void registrationAnnouncesTheInstalledContentFormats() throws Exception {
        Registration registration = harness().registerCoapClient(ENDPOINT);
        Collection<ContentFormat> formats = registration.getSupportedContentFormats();

        assertTrue("plain text missing from " + formats, formats.contains(ContentFormat.TEXT));
        assertTrue("opaque missing from " + formats, formats.contains(ContentFormat.OPAQUE));
        assertTrue("TLV missing from " + formats, formats.contains(ContentFormat.TLV));
    }

    @Test
    public void clientServiceAndEventsReportTheRegistration() throws Exception {
        Registration registration = harness().registerCoapClient(ENDPOINT);

        LwM2mClient client = harness().client(ENDPOINT);
        assertEquals(ENDPOINT, client.endpoint());
        ServerRegistration status = client.registration(ClientConfiguration.DEFAULT_SHORT_SERVER_ID)
                .orElseThrow(() -> new AssertionError("no registration with the server: " + client));
        assertEquals(ClientState.REGISTERED, status.state());
        String location = status.location().orElseThrow(() -> new AssertionError("no registration id"));
        assertTrue(location + " does not name registration " + registration.getId(),
                location.endsWith(registration.getId()));
        assertTrue("no last update time", status.lastUpdate().isPresent());
        assertEquals(Optional.of(harness().leshan().coapUri()), status.server());
    }

    @Test
    public void deletingTheConfigurationDeregisters() throws Exception {
        Configuration configuration = harness().configure(harness().coapClient(ENDPOINT));
        harness().awaitRegistered(ENDPOINT);
        int mark = harness().clientEvents().mark();

        harness().delete(configuration);

        Registration gone = harness().awaitDeregistered(ENDPOINT);
        assertEquals(ENDPOINT, gone.getEndpoint());
        assertNull("still registered", harness().leshan().registration(ENDPOINT));
        harness().awaitEvent(ENDPOINT, ClientEvent.DEREGISTER, mark);
        harness().awaitEvent(ENDPOINT, ClientEvent.DISCONNECT, mark);
    }

    @Test
    public void stoppingTheEngineDeregistersAndStartingItRegistersAgain() throws Exception {
        harness().registerCoapClient(ENDPOINT);
        Bundle engine = GatewayBundle.ENGINE.in(context());

        engine.stop();
        try {
            harness().awaitDeregistered(ENDPOINT);
            assertNull("still registered", harness().leshan().registration(ENDPOINT));
        } finally {
            engine.start();
        }

        // the first registration was taken by registerCoapClient: this is a new one
        Registration again = harness().leshan().registrations().next(r -> r.getEndpoint().equals(ENDPOINT));
        assertEquals(ENDPOINT, again.getEndpoint());
    }
}
