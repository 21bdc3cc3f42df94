package org.lwm2m.gateway.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;

import javax.inject.Inject;

import org.eclipse.leshan.core.ResponseCode;
import org.eclipse.leshan.core.node.LwM2mSingleResource;
import org.eclipse.leshan.core.request.ContentFormat;
import org.eclipse.leshan.core.request.ReadRequest;
import org.eclipse.leshan.core.response.ReadResponse;
import org.eclipse.leshan.server.registration.Registration;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The gateway in a stock Apache Karaf, installed from its features repository: every gateway bundle starts, and
 * a client configured through Configuration Admin (as {@code config:edit --factory} does) registers with a real
 * Leshan server and answers its reads.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class KarafFeaturesIT {

    @Inject
    private BundleContext context;

    @Inject
    private ConfigurationAdmin configAdmin;

    private GatewayHarness harness;

    @Configuration
    public Option[] config() {
        return KarafOptions.all();
    }

    @Before
    public void startHarness() {
        harness = GatewayHarness.start(context, configAdmin);
    }

    @After
    public void closeHarness() throws IOException {
        harness.close();
    }

    /** Every bundle of bundles/pom.xml is in a feature of lwm2m-gateway, and started. */
    @Test
    public void featureStartsEveryGatewayBundle() {
        for (GatewayBundle bundle : GatewayBundle.all()) {
            assertEquals(bundle.symbolicName() + " state", Bundle.ACTIVE, bundle.in(context).getState());
        }
    }

    @Test
    public void clientRegistersAndAnswersReads() throws Exception {
        Registration registration = harness.registerCoapClient("karaf-gateway");
        assertTrue("Device object in the Register payload: " + GatewayHarness.describe(registration.getObjectLinks()),
                GatewayHarness.hasLinkAtOrBelow(registration.getObjectLinks(), "/3"));

        ReadResponse response = harness.leshan().send(registration, new ReadRequest(ContentFormat.TLV, 3, 0, 0));
        assertEquals(response.toString(), ResponseCode.CONTENT, response.getCode());
        assertTrue("manufacturer: " + response.getContent(),
                !((String) ((LwM2mSingleResource) response.getContent()).getValue()).isEmpty());
    }
}
