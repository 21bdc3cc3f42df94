package org.lwm2m.gateway.demo.server;

import java.util.function.Consumer;

import org.eclipse.leshan.core.node.LwM2mObjectInstance;
import org.eclipse.leshan.core.request.ReadRequest;
import org.eclipse.leshan.core.response.ReadResponse;
import org.eclipse.leshan.server.LeshanServer;
import org.eclipse.leshan.server.registration.Registration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The demo's round trip: the server reads the Device object instance /3/0 of a client and reports it. */
final class DeviceReadback {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceReadback.class);

    static final long TIMEOUT_MILLIS = 10_000;

    private final LeshanServer server;
    private final Consumer<DeviceSummary> onSummary;

    DeviceReadback(LeshanServer server, Consumer<DeviceSummary> onSummary) {
        this.server = server;
        this.onSummary = onSummary;
    }

    /** Sends the read without waiting: the answer arrives on a Californium thread. */
    void read(Registration registration) {
        String endpoint = registration.getEndpoint();
        server.send(registration, new ReadRequest(3, 0), TIMEOUT_MILLIS,
                (ReadResponse response) -> {
                    if (response.isSuccess()
                            && response.getContent() instanceof LwM2mObjectInstance device) {
                        onSummary.accept(DeviceSummary.of(endpoint, device));
                    } else {
                        LOG.warn("Demo server: reading /3/0 from {} failed: {} {}", endpoint, response.getCode(),
                                response.getErrorMessage() == null ? "" : response.getErrorMessage());
                    }
                },
                error -> LOG.warn("Demo server: reading /3/0 from {} failed: {}", endpoint, error.toString()));
    }
}
