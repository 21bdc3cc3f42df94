package org.lwm2m.gateway.engine;

import java.util.function.Consumer;

import org.eclipse.californium.core.CoapResource;
import org.eclipse.californium.core.network.Exchange;
import org.eclipse.californium.core.observe.ObserveRelation;
import org.eclipse.californium.core.observe.ObserveRelationFilter;
import org.eclipse.californium.core.server.resources.CoapExchange;
import org.eclipse.californium.core.server.resources.Resource;

/**
 * The one CoAP resource that stands for every LwM2M path of a client, so that Californium's observe layer keeps
 * relations on any path ("/3/0/13", "/3303", ...) without a resource tree per object. Every request, whatever its
 * path and method, goes to one handler; the relations Californium establishes and removes are told to
 * {@link Observations}, which decides when each is notified.
 */
final class ClientResource extends CoapResource {

    private final Consumer<CoapExchange> handler;
    private final Observations observations;

    ClientResource(Consumer<CoapExchange> handler, Observations observations) {
        super("");
        this.handler = handler;
        this.observations = observations;
        setObservable(true);
        setVisible(false);
    }

    /** Every path below the root is this resource too. */
    @Override
    public Resource getChild(String name) {
        return this;
    }

    @Override
    public void handleRequest(Exchange exchange) {
        handler.accept(new CoapExchange(exchange, this));
    }

    /**
     * Notifies one relation with a fresh read. Through {@link #changed(ObserveRelationFilter)}, which also numbers the
     * notification: an observer drops one whose Observe number did not grow.
     */
    void notify(ObserveRelation relation) {
        changed(candidate -> candidate == relation);
    }

    @Override
    public void addObserveRelation(ObserveRelation relation) {
        super.addObserveRelation(relation);
        observations.added(relation);
    }

    @Override
    public void removeObserveRelation(ObserveRelation relation) {
        super.removeObserveRelation(relation);
        observations.removed(relation);
    }
}
