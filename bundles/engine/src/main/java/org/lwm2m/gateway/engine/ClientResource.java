package org.lwm2m.gateway.engine;

import java.util.function.Consumer;

import org.eclipse.californium.core.CoapResource;
import org.eclipse.californium.core.network.Exchange;
import org.eclipse.californium.core.server.resources.CoapExchange;
import org.eclipse.californium.core.server.resources.Resource;
import org.lwm2m.gateway.api.LwM2mPath;

/**
 * The one CoAP resource that stands for every LwM2M path of a client, so that Californium's observe layer keeps
 * relations on any path ("/3/0/13", "/3303", ...) without a resource tree per object. Every request, whatever its
 * path and method, goes to one handler; {@link #changed(LwM2mPath)} re-runs the requests of the relations a
 * change concerns, which answers their observers with a fresh read.
 */
final class ClientResource extends CoapResource {

    private final Consumer<CoapExchange> handler;

    ClientResource(Consumer<CoapExchange> handler) {
        super("");
        this.handler = handler;
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
     * Notifies the observers of {@code path}, of the levels above it, and of the levels below it (an instance
     * that came or went changes what its object reads).
     */
    void changed(LwM2mPath path) {
        changed(relation -> {
            LwM2mPath observed = RequestPaths.tryParse(relation.getExchange().getRequest().getOptions().getUriPath());
            return observed != null && (observed.startsWith(path) || path.startsWith(observed));
        });
    }
}
