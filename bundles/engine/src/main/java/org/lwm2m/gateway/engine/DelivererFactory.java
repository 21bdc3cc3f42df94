package org.lwm2m.gateway.engine;

import java.util.concurrent.Executor;

import org.eclipse.californium.core.server.MessageDeliverer;

/** Makes the deliverer that answers a server's requests to one client (the request dispatcher, in production). */
@FunctionalInterface
interface DelivererFactory {

    MessageDeliverer create(RequestContext context, Executor executor);
}
