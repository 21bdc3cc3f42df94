package org.lwm2m.gateway.engine;

import java.net.URI;

import org.eclipse.californium.core.coap.MediaTypeRegistry;
import org.eclipse.californium.core.coap.OptionSet;
import org.eclipse.californium.core.coap.Request;

/**
 * Builds the CoAP requests of the bootstrap and registration interfaces (Transport §6.1, §6.2): Bootstrap-Request,
 * Register, Update, De-register.
 */
final class RegistrationRequests {

    static final String LWM2M_VERSION = "1.1";

    private RegistrationRequests() {
    }

    /** {@code POST /rd?ep=..&lt=..&lwm2m=1.1&b=..} with the object links. */
    static Request register(ServerSettings settings, String endpointName, byte[] links) {
        Request request = Request.newPost();
        OptionSet options = at(request, settings.connection().uri(), "/rd");
        options.addUriQuery("ep=" + endpointName);
        options.addUriQuery("lt=" + settings.lifetime());
        options.addUriQuery("lwm2m=" + LWM2M_VERSION);
        options.addUriQuery("b=" + settings.binding());
        options.setContentFormat(MediaTypeRegistry.APPLICATION_LINK_FORMAT);
        request.setPayload(links);
        return request;
    }

    /**
     * {@code POST <location>}, with {@code lt} and {@code b} only when not null and the links only when not null:
     * an Update carries what changed.
     */
    static Request update(URI server, String location, Long lifetime, String binding, byte[] links) {
        Request request = Request.newPost();
        OptionSet options = at(request, server, location);
        if (lifetime != null) {
            options.addUriQuery("lt=" + lifetime);
        }
        if (binding != null) {
            options.addUriQuery("b=" + binding);
        }
        if (links != null) {
            options.setContentFormat(MediaTypeRegistry.APPLICATION_LINK_FORMAT);
            request.setPayload(links);
        }
        return request;
    }

    /**
     * {@code POST /bs?ep=..&pct=..}: the client asks the bootstrap server for its accounts (Transport §6.1.2),
     * naming the content format it prefers for what the server writes.
     */
    static Request bootstrap(URI server, String endpointName, int preferredFormat) {
        Request request = Request.newPost();
        OptionSet options = at(request, server, "/bs");
        options.addUriQuery("ep=" + endpointName);
        options.addUriQuery("pct=" + preferredFormat);
        return request;
    }

    /** {@code POST /dp} with values (the Send operation of the Information Reporting interface, Core 1.1 §6.4.5). */
    static Request send(URI server, int contentFormat, byte[] payload) {
        Request request = Request.newPost();
        at(request, server, "/dp").setContentFormat(contentFormat);
        request.setPayload(payload);
        return request;
    }

    /** {@code DELETE <location>}. */
    static Request deregister(URI server, String location) {
        Request request = Request.newDelete();
        at(request, server, location);
        return request;
    }

    /** Addresses the request to the server, at an absolute path such as "/rd/abc". */
    private static OptionSet at(Request request, URI server, String path) {
        request.setURI(server);
        OptionSet options = request.getOptions();
        options.clearUriPath();
        options.clearUriQuery();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                options.addUriPath(segment);
            }
        }
        return options;
    }
}
