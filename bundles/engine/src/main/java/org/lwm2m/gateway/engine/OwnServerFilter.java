package org.lwm2m.gateway.engine;

import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.californium.core.coap.CoAP;
import org.eclipse.californium.core.coap.Request;
import org.eclipse.californium.core.coap.Response;
import org.eclipse.californium.core.network.Exchange;
import org.eclipse.californium.core.network.interceptors.MessageInterceptorAdapter;
import org.eclipse.californium.core.server.MessageDeliverer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets through only requests from the server the client's endpoint talks to; anything else is answered 4.01
 * Unauthorized and changes nothing. Each endpoint serves exactly one server, so "our server" is the peer the
 * client's own requests (Register, Update) go to: learned from them as they are sent, so it is the address the
 * client really resolved. With NoSec that is a check of address and port. Under DTLS the connector only accepts
 * records of sessions the client itself opened with that server (it never accepts a handshake), so a request
 * that reaches this filter from the server's address came through the server's authenticated session.
 * <p>
 * 4.01 rather than silence: a confirmable request that is ignored is retransmitted by its sender for about 45 s,
 * while the answer ends it at once, and says nothing about the client beyond what any CoAP endpoint answers.
 */
final class OwnServerFilter extends MessageInterceptorAdapter implements MessageDeliverer {

    private static final Logger LOG = LoggerFactory.getLogger(OwnServerFilter.class);

    private final MessageDeliverer deliverer;
    private final AtomicBoolean strangerReported = new AtomicBoolean();
    private volatile InetSocketAddress server;

    OwnServerFilter(MessageDeliverer deliverer) {
        this.deliverer = deliverer;
    }

    /** Learns the server's address from each request the client sends. */
    @Override
    public void sendRequest(Request request) {
        server = request.getDestinationContext().getPeerAddress();
    }

    @Override
    public void deliverRequest(Exchange exchange) {
        InetSocketAddress peer = exchange.getRequest().getSourceContext().getPeerAddress();
        if (peer.equals(server)) {
            deliverer.deliverRequest(exchange);
            return;
        }
        if (strangerReported.compareAndSet(false, true)) {
            LOG.warn("Refused a request from {}, which is not this client's server {} (further refusals are "
                    + "logged at debug level)", peer, server);
        } else {
            LOG.debug("Refused a request from {}, which is not this client's server {}", peer, server);
        }
        exchange.sendResponse(new Response(CoAP.ResponseCode.UNAUTHORIZED));
    }

    @Override
    public void deliverResponse(Exchange exchange, Response response) {
        deliverer.deliverResponse(exchange, response);
    }
}
