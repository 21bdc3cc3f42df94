package org.lwm2m.gateway.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.leshan.core.endpoint.Protocol;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.lwm2m.gateway.api.ContentFormats;
import org.lwm2m.gateway.api.codec.ContentCodec;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.lwm2m.gateway.testing.LeshanTestServer;
import org.osgi.framework.ServiceReference;

/**
 * The test framework itself: every bundle resolves and starts, the gateway's codec and object services are
 * there, and a Leshan server runs inside it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FrameworkIT extends WithGatewayHarness {

    @Test
    public void everyBundleIsActive() {
        List<String> notActive = Arrays.stream(context().getBundles())
                .filter(b -> b.getState() != Bundle.ACTIVE)
                .map(b -> b.getSymbolicName() + " " + b.getVersion() + " state " + b.getState())
                .collect(Collectors.toList());
        assertEquals("bundles not active: " + notActive, List.of(), notActive);
    }

    @Test
    public void everyGatewayBundleIsInstalled() {
        for (GatewayBundle gateway : GatewayBundle.all()) {
            boolean installed = Arrays.stream(context().getBundles())
                    .anyMatch(b -> gateway.symbolicName().equals(b.getSymbolicName()));
            assertTrue(gateway.symbolicName() + " is not installed", installed);
        }
    }

    @Test
    public void codecsOfTheCoreFormatsAreRegistered() throws Exception {
        for (int format : new int[] {ContentFormats.TEXT, ContentFormats.LINK, ContentFormats.OPAQUE,
                ContentFormats.TLV}) {
            Collection<ServiceReference<ContentCodec>> codecs = context().getServiceReferences(ContentCodec.class,
                    "(" + ContentCodec.FORMAT_PROPERTY + "=" + format + ")");
            assertEquals("ContentCodec services for content format " + format, 1, codecs.size());
        }
    }

    @Test
    public void deviceObjectIsProvidedToEveryClient() throws Exception {
        Collection<ServiceReference<ObjectProvider>> shared = context().getServiceReferences(ObjectProvider.class,
                "(!(" + ObjectProvider.ENDPOINT_PROPERTY + "=*))");
        List<Integer> objectIds = new ArrayList<>();
        for (ServiceReference<ObjectProvider> reference : shared) {
            ObjectProvider provider = context().getService(reference);
            try {
                objectIds.add(provider.model().id());
            } finally {
                context().ungetService(reference);
            }
        }
        assertTrue("no shared provider of object 3 among " + objectIds, objectIds.contains(3));
    }

    @Test
    public void leshanTestServerComesFromTheWrappedTestSupportBundle() {
        Bundle testSupport = FrameworkUtil.getBundle(LeshanTestServer.class);
        assertNotNull("LeshanTestServer is not loaded from a bundle", testSupport);
        assertEquals("org.lwm2m.gateway.testing", testSupport.getSymbolicName());
    }

    @Test
    public void leshanServerStartsOnLoopback() {
        URI uri = harness().leshan().server().getEndpoint(Protocol.COAP).getURI();
        assertNotNull(uri);
        assertEquals("coap", uri.getScheme());
        assertEquals("127.0.0.1", uri.getHost());
        assertTrue("port of " + uri, uri.getPort() > 0);
    }
}
