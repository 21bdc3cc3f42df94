package org.lwm2m.gateway.engine;

import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.californium.core.server.MessageDeliverer;
import org.lwm2m.gateway.api.object.Requester;

/** Makes the deliverer that answers a server's requests to one client (the request dispatcher, in production). */
@FunctionalInterface
interface DelivererFactory {

    /**
     * @param server   the server whose requests it answers
     * @param executor runs the handling of each request (the engine's callback pool)
     * @param timers   runs the timeouts of requests (the engine's scheduler)
     */
    MessageDeliverer create(RequestContext context, Requester server, Executor executor,
            ScheduledExecutorService timers);
}
