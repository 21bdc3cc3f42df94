package org.lwm2m.gateway.engine;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.californium.core.CoapClient;
import org.eclipse.californium.core.CoapHandler;
import org.eclipse.californium.core.CoapObserveRelation;
import org.eclipse.californium.core.CoapResponse;
import org.eclipse.californium.core.coap.CoAP;
import org.eclipse.californium.core.coap.Request;
import org.eclipse.californium.core.config.CoapConfig;
import org.eclipse.californium.core.network.CoapEndpoint;
import org.eclipse.californium.core.server.ServerMessageDeliverer;
import org.eclipse.californium.elements.config.Configuration;
import org.eclipse.californium.elements.config.UdpConfig;
import org.lwm2m.gateway.api.object.Requester;

/**
 * A dispatcher on a real Californium endpoint on loopback, and a CoAP client that talks to it over UDP the way a
 * management server would.
 */
final class CoapPeer implements AutoCloseable {

    /** Prefix of the dispatcher's worker threads, so tests can tell them from Californium's. */
    static final String WORKER_PREFIX = "dispatch-test-";

    /** The management server the peer plays. */
    static final Requester SERVER = Requester.server(101);

    private static final long RESPONSE_TIMEOUT_MS = 10_000;

    private final ScheduledExecutorService coapThreads = Executors.newScheduledThreadPool(2);
    private final ExecutorService workers;
    private final CoapEndpoint device;
    private final CoapEndpoint server;
    private final CoapClient client = new CoapClient();
    private final RequestDispatcher dispatcher;

    CoapPeer(RequestContext context) {
        this(context, RequestDispatcher.DEFAULT_TIMEOUT);
    }

    CoapPeer(RequestContext context, Duration timeout) {
        AtomicInteger count = new AtomicInteger();
        workers = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, WORKER_PREFIX + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Configuration config = new Configuration(CoapConfig.DEFINITIONS, UdpConfig.DEFINITIONS);
        device = endpoint(config);
        dispatcher = new RequestDispatcher(context, SERVER, workers, coapThreads, timeout);
        device.setMessageDeliverer(new ServerMessageDeliverer(dispatcher.root(), config));
        server = endpoint(config);
        try {
            device.start();
            server.start();
        } catch (IOException e) {
            close();
            throw new UncheckedIOException(e);
        }
        client.setEndpoint(server);
        client.setTimeout(RESPONSE_TIMEOUT_MS);
    }

    private CoapEndpoint endpoint(Configuration config) {
        CoapEndpoint endpoint = new CoapEndpoint.Builder().setConfiguration(config)
                .setInetSocketAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)).build();
        endpoint.setExecutors(coapThreads, coapThreads);
        return endpoint;
    }

    /** The dispatcher's executor, to be shut down by tests that check rejected work. */
    ExecutorService workers() {
        return workers;
    }

    /** The dispatcher the peer talks to. */
    RequestDispatcher dispatcher() {
        return dispatcher;
    }

    /** Starts observing {@code path}; the handler hears the first answer and every notification. */
    CoapObserveRelation observe(String path, CoapHandler handler) {
        Request request = Request.newGet();
        request.setObserve();
        request.setURI(uri(path));
        return client.observe(request, handler);
    }

    CoapResponse get(String path) {
        return send(Request.newGet(), path);
    }

    CoapResponse get(String path, int accept) {
        Request request = Request.newGet();
        request.getOptions().setAccept(accept);
        return send(request, path);
    }

    CoapResponse put(String path, int contentFormat, byte[] payload) {
        return send(withPayload(Request.newPut(), contentFormat, payload), path);
    }

    CoapResponse post(String path, int contentFormat, byte[] payload) {
        return send(withPayload(Request.newPost(), contentFormat, payload), path);
    }

    CoapResponse delete(String path) {
        return send(Request.newDelete(), path);
    }

    CoapResponse send(CoAP.Code method, String path) {
        return send(new Request(method), path);
    }

    /** @param contentFormat -1 to send no Content-Format option */
    private static Request withPayload(Request request, int contentFormat, byte[] payload) {
        if (contentFormat >= 0) {
            request.getOptions().setContentFormat(contentFormat);
        }
        if (payload != null && payload.length > 0) {
            request.setPayload(payload);
        }
        return request;
    }

    /** Sends a request to {@code path} (with an optional "?query") and waits for the answer. */
    CoapResponse send(Request request, String path) {
        request.setURI(uri(path));
        try {
            CoapResponse response = client.advanced(request);
            assertNotNull(response, "no response to " + request.getCode() + " " + path);
            return response;
        } catch (Exception e) {
            throw new AssertionError("request " + request.getCode() + " " + path + " failed", e);
        }
    }

    private String uri(String path) {
        return "coap://" + device.getAddress().getAddress().getHostAddress() + ":" + device.getAddress().getPort()
                + path;
    }

    @Override
    public void close() {
        dispatcher.close();
        client.shutdown();
        server.destroy();
        device.destroy();
        workers.shutdownNow();
        coapThreads.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
            coapThreads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
