package org.lwm2m.gateway.benchmarks;

import java.net.InetAddress;
import java.util.concurrent.CountDownLatch;

import org.eclipse.leshan.client.LeshanClient;
import org.eclipse.leshan.client.LeshanClientBuilder;
import org.eclipse.leshan.client.californium.endpoint.CaliforniumClientEndpointsProvider;
import org.eclipse.leshan.client.californium.endpoint.coap.CoapClientProtocolProvider;
import org.eclipse.leshan.client.object.Device;
import org.eclipse.leshan.client.object.Security;
import org.eclipse.leshan.client.object.Server;
import org.eclipse.leshan.client.resource.ObjectsInitializer;
import org.eclipse.leshan.core.LwM2mId;

/**
 * The Eclipse Leshan client as the other side of the comparison: its own process, with Security, Server and Device
 * objects, registered with the server its first argument names under the endpoint its second names. Runs until
 * killed.
 */
public final class LeshanDeviceClient {

    private LeshanDeviceClient() {
    }

    public static void main(String[] args) throws InterruptedException {
        ObjectsInitializer objects = new ObjectsInitializer();
        objects.setInstancesForObject(LwM2mId.SECURITY, Security.noSec(args[0], 1));
        objects.setInstancesForObject(LwM2mId.SERVER, new Server(1, 300));
        objects.setInstancesForObject(LwM2mId.DEVICE, new Device("Eclipse", "Leshan client", "0001"));
        CaliforniumClientEndpointsProvider.Builder endpoints = new CaliforniumClientEndpointsProvider.Builder(
                new CoapClientProtocolProvider());
        endpoints.setClientAddress(InetAddress.getLoopbackAddress());
        LeshanClientBuilder builder = new LeshanClientBuilder(args[1]);
        builder.setObjects(objects.createAll());
        builder.setEndpointsProviders(endpoints.build());
        LeshanClient client = builder.build();
        client.start();
        new CountDownLatch(1).await();
    }
}
