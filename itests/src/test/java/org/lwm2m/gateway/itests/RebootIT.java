package org.lwm2m.gateway.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.leshan.core.ResponseCode;
import org.eclipse.leshan.core.request.ExecuteRequest;
import org.eclipse.leshan.core.response.ExecuteResponse;
import org.eclipse.leshan.server.registration.Registration;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.lwm2m.gateway.api.client.RebootHandler;
import org.lwm2m.gateway.testing.Arrivals;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;

/**
 * Device Reboot (3/0/4) reaches the {@link RebootHandler} service with the highest ranking. In a class of its
 * own: if the engine picked the built-in handler instead, it would restart this framework's bundles.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RebootIT extends WithGatewayHarness {

    private static final String ENDPOINT = "it-reboot";

    private final CountDownLatch rebooted = new CountDownLatch(1);
    private ServiceRegistration<RebootHandler> handlerRegistration;

    @Before
    public void registerHandler() {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(Constants.SERVICE_RANKING, 100);
        handlerRegistration = context().registerService(RebootHandler.class, rebooted::countDown, properties);
    }

    @After
    public void unregisterHandler() {
        handlerRegistration.unregister();
    }

    @Test
    public void executeRebootCallsTheRegisteredHandler() throws Exception {
        Registration registration = harness().registerCoapClient(ENDPOINT);

        ExecuteResponse response = harness().leshan().send(registration, new ExecuteRequest(3, 0, 4));

        assertEquals(response.toString(), ResponseCode.CHANGED, response.getCode());
        assertTrue("the test's RebootHandler was not called",
                rebooted.await(Arrivals.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
    }
}
