package org.lwm2m.gateway.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Hashtable;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.eclipse.leshan.core.ResponseCode;
import org.eclipse.leshan.core.node.LwM2mSingleResource;
import org.eclipse.leshan.core.request.ContentFormat;
import org.eclipse.leshan.core.request.ReadRequest;
import org.eclipse.leshan.core.response.ReadResponse;
import org.eclipse.leshan.server.registration.Registration;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.service.cm.Configuration;

/**
 * The gateway in a stock Apache Karaf, installed from its features repository: a client configured through
 * Configuration Admin (as {@code config:edit --factory} does) registers with a real Leshan server and answers its
 * reads, a feature installed or uninstalled at run time reaches the server as Updates, and the whole gateway's
 * feature holds and starts every gateway bundle.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class KarafFeaturesIT extends WithGatewayHarness {

    @Inject
    private FeaturesService features;

    @Override
    @org.ops4j.pax.exam.Configuration
    public Option[] config() {
        return KarafOptions.all();
    }

    /**
     * The IPSO feature installed while a client is registered and a temperature sensor is there shows /3303/0 at
     * the server; uninstalled, /3303 goes. Then the whole gateway installs: every bundle of bundles/pom.xml is in
     * it and starts.
     */
    @Test
    public void ipsoFeatureComesAndGoesAtTheServerAndTheWholeGatewayInstalls() throws Exception {
        String endpoint = "karaf-ipso";
        harness().registerCoapClient(endpoint);
        Configuration peripheral = configAdmin().createFactoryConfiguration("org.lwm2m.gateway.driver.simulated", "?");
        Hashtable<String, Object> temperature = new Hashtable<>();
        temperature.put("kind", "temperature");
        peripheral.update(temperature);

        features.installFeature("lwm2m-ipso");
        harness().awaitUpdate(endpoint, "with /3303/0", links -> GatewayHarness.link(links, "/3303/0") != null);

        features.uninstallFeature("lwm2m-ipso");
        harness().awaitUpdate(endpoint, "without /3303", links -> !GatewayHarness.hasLinkAtOrBelow(links, "/3303"));
        peripheral.delete();

        features.installFeature("lwm2m-gateway");
        for (GatewayBundle bundle : GatewayBundle.all()) {
            assertEquals(bundle.symbolicName() + " state", Bundle.ACTIVE, bundle.in(context()).getState());
        }
    }

    @Test
    public void clientRegistersAndAnswersReads() throws Exception {
        Registration registration = harness().registerCoapClient("karaf-gateway");
        assertTrue("Device object in the Register payload: " + GatewayHarness.describe(registration.getObjectLinks()),
                GatewayHarness.hasLinkAtOrBelow(registration.getObjectLinks(), "/3"));

        ReadResponse response = harness().leshan().send(registration, new ReadRequest(ContentFormat.TLV, 3, 0, 0));
        assertEquals(response.toString(), ResponseCode.CONTENT, response.getCode());
        assertTrue("manufacturer: " + response.getContent(),
                !((String) ((LwM2mSingleResource) response.getContent()).getValue()).isEmpty());
    }
}
