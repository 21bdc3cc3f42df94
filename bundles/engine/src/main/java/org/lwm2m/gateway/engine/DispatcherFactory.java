package org.lwm2m.gateway.engine;

import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

import org.lwm2m.gateway.api.object.Requester;

/** Makes the dispatcher that answers one server's requests to one client (tests shorten its timeout). */
@FunctionalInterface
interface DispatcherFactory {

    /**
     * @param server   the server whose requests it answers
     * @param executor runs the handling of each request (the engine's callback pool)
     * @param timers   runs the timeouts of requests (the engine's scheduler)
     */
    RequestDispatcher create(RequestContext context, Requester server, Executor executor,
            ScheduledExecutorService timers);
}
