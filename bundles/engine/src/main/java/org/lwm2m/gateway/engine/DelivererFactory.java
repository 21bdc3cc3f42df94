package org.lwm2m.gateway.engine;

import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.californium.core.server.MessageDeliverer;

/** Makes the deliverer that answers a server's requests to one client (the request dispatcher, in production). */
@FunctionalInterface
interface DelivererFactory {

    /**
     * @param executor runs the handling of each request (the engine's callback pool)
     * @param timers   runs the timeouts of requests (the engine's scheduler)
     */
    MessageDeliverer create(RequestContext context, Executor executor, ScheduledExecutorService timers);
}
