package org.lwm2m.gateway.engine;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.eclipse.californium.core.coap.CoAP;
import org.eclipse.californium.core.coap.MessageObserverAdapter;
import org.eclipse.californium.core.coap.Response;
import org.eclipse.californium.scandium.dtls.DtlsException;
import org.eclipse.californium.scandium.dtls.HandshakeException;

/** How one of the client's own requests ended: answered, timed out, failed to go out, rejected or cancelled. */
sealed interface ExchangeOutcome {

    /** The server answered. */
    record Answered(Response response) implements ExchangeOutcome {
        boolean is(CoAP.ResponseCode code) {
            return response.getCode() == code;
        }
    }

    /** No answer after every retransmission. */
    record TimedOut() implements ExchangeOutcome {
    }

    /** The request could not be sent: a socket error, or a DTLS handshake that failed. */
    record Failed(Throwable error) implements ExchangeOutcome {
        /** Whether the DTLS handshake failed (wrong key, unknown identity, handshake timeout). */
        boolean handshake() {
            for (Throwable t = error; t != null; t = t.getCause()) {
                if (t instanceof HandshakeException || t instanceof DtlsException) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The server answered with a reset. */
    record Rejected() implements ExchangeOutcome {
    }

    /** The client cancelled the request. */
    record Cancelled() implements ExchangeOutcome {
    }

    /** Whether a socket error, not the server, ended the exchange. */
    default boolean networkError() {
        return this instanceof Failed f && !f.handshake();
    }

    /** A short description for logs. */
    default String describe() {
        if (this instanceof Answered a) {
            return a.response().getCode() + (a.response().getPayloadSize() > 0
                    ? " " + a.response().getPayloadString() : "");
        }
        if (this instanceof Failed f) {
            return "send error: " + f.error();
        }
        return getClass().getSimpleName();
    }

    /** Reports the first outcome of a request, once. */
    final class Observer extends MessageObserverAdapter {

        private final AtomicBoolean done = new AtomicBoolean();
        private final Consumer<ExchangeOutcome> handler;

        Observer(Consumer<ExchangeOutcome> handler) {
            this.handler = handler;
        }

        @Override
        public void onResponse(Response response) {
            report(new Answered(response));
        }

        @Override
        public void onTimeout() {
            report(new TimedOut());
        }

        @Override
        public void onSendError(Throwable error) {
            report(new Failed(error));
        }

        @Override
        public void onReject() {
            report(new Rejected());
        }

        @Override
        public void onCancel() {
            report(new Cancelled());
        }

        private void report(ExchangeOutcome outcome) {
            if (done.compareAndSet(false, true)) {
                handler.accept(outcome);
            }
        }
    }
}
