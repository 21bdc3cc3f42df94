package org.lwm2m.gateway.demo.server;

import java.net.InetAddress;

import org.eclipse.leshan.client.LeshanClient;
import org.eclipse.leshan.client.LeshanClientBuilder;
import org.eclipse.leshan.client.californium.endpoint.CaliforniumClientEndpointsProvider;
import org.eclipse.leshan.client.californium.endpoint.coap.CoapClientProtocolProvider;
import org.eclipse.leshan.client.object.Device;
import org.eclipse.leshan.client.object.Security;
import org.eclipse.leshan.client.object.Server;
import org.eclipse.leshan.client.resource.ObjectsInitializer;
import org.eclipse.leshan.core.LwM2mId;

/** A real Eclipse Leshan client that stands in for the gateway: it registers where a client configuration says. */
final class LeshanTestClient implements AutoCloseable {

    static final String MANUFACTURER = "Demo Test Corp";
    static final String MODEL = "Model 500";

    private final LeshanClient client;

    LeshanTestClient(String endpoint, String serverUri, long lifetime) {
        ObjectsInitializer objects = new ObjectsInitializer();
        objects.setInstancesForObject(LwM2mId.SECURITY, Security.noSec(serverUri, 123));
        objects.setInstancesForObject(LwM2mId.SERVER, new Server(123, lifetime));
        objects.setInstancesForObject(LwM2mId.DEVICE, new Device(MANUFACTURER, MODEL, "0001"));
        CaliforniumClientEndpointsProvider.Builder endpoints = new CaliforniumClientEndpointsProvider.Builder(
                new CoapClientProtocolProvider());
        endpoints.setClientAddress(InetAddress.getLoopbackAddress());
        LeshanClientBuilder builder = new LeshanClientBuilder(endpoint);
        builder.setObjects(objects.createAll());
        builder.setEndpointsProviders(endpoints.build());
        client = builder.build();
        client.start();
    }

    @Override
    public void close() {
        client.destroy(true);
    }
}
