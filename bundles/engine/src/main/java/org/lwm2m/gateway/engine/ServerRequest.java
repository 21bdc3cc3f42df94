package org.lwm2m.gateway.engine;

import java.util.List;

import org.eclipse.californium.core.coap.CoAP;
import org.eclipse.californium.core.coap.OptionSet;
import org.eclipse.californium.core.coap.Request;
import org.lwm2m.gateway.api.ContentFormats;
import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.model.ResourceModel;
import org.lwm2m.gateway.api.object.Requester;

/**
 * One request of a server to a client, parsed once from its CoAP message: which LwM2M operation on which path,
 * who asks, and the options the operation needs. Every operation class works from this, never from CoAP.
 *
 * @param contentFormat the Content-Format option, or {@link Reply#NO_FORMAT}
 * @param accept        the Accept option, or {@link Reply#NO_FORMAT}
 * @param query         the Uri-Query options (the attributes of a Write-Attributes, for example)
 * @param observe       whether the request asks to start observing (Observe option 0)
 */
record ServerRequest(Operation operation, LwM2mPath path, Requester requester, int contentFormat, int accept,
        List<String> query, byte[] payload, boolean observe) {

    /** The LwM2M operations of the Device Management and Information Reporting interfaces. */
    enum Operation {
        READ, DISCOVER, WRITE_REPLACE, WRITE_UPDATE, WRITE_ATTRIBUTES, EXECUTE, CREATE, DELETE, READ_COMPOSITE,
        WRITE_COMPOSITE
    }

    /** Finds the model of a resource a POST names, or null when the client has no such resource. */
    @FunctionalInterface
    interface ResourceModels {
        ResourceModel at(LwM2mPath resourcePath);
    }

    ServerRequest {
        query = List.copyOf(query);
        payload = payload.clone();
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    /**
     * Parses a CoAP request whose Uri-Path options name {@code path} (see {@link RequestPaths#parse}). POST on a
     * resource is an Execute, or a partial update of a multiple resource that is not executable: {@code models}
     * tells which.
     *
     * @throws LwM2mException 4.05 for a method LwM2M does not define on that path
     */
    static ServerRequest parse(Request request, LwM2mPath path, Requester requester, ResourceModels models)
            throws LwM2mException {
        OptionSet options = request.getOptions();
        int contentFormat = options.hasContentFormat() ? options.getContentFormat() : Reply.NO_FORMAT;
        int accept = options.hasAccept() ? options.getAccept() : Reply.NO_FORMAT;
        byte[] payload = request.getPayload() == null ? new byte[0] : request.getPayload();
        boolean observe = options.hasObserve() && options.getObserve() == 0;
        Operation operation = operation(request.getCode(), options, path, models);
        return new ServerRequest(operation, path, requester, contentFormat, accept, options.getUriQuery(), payload,
                observe);
    }

    private static Operation operation(CoAP.Code method, OptionSet options, LwM2mPath path, ResourceModels models)
            throws LwM2mException {
        if (method == null) {
            throw LwM2mException.notAllowed("unsupported method");
        }
        switch (method) {
            case GET:
                return options.hasAccept() && options.getAccept() == ContentFormats.LINK ? Operation.DISCOVER
                        : Operation.READ;
            case PUT:
                return !options.hasContentFormat() && !options.getUriQuery().isEmpty() ? Operation.WRITE_ATTRIBUTES
                        : Operation.WRITE_REPLACE;
            case POST:
                return post(path, models);
            case DELETE:
                return Operation.DELETE;
            case FETCH:
                return Operation.READ_COMPOSITE;
            case IPATCH:
                return Operation.WRITE_COMPOSITE;
            default:
                throw LwM2mException.notAllowed(method + " is not an LwM2M device management operation");
        }
    }

    /** POST is Create on an object, partial update on an instance or multiple resource, else Execute. */
    private static Operation post(LwM2mPath path, ResourceModels models) throws LwM2mException {
        if (path.isObject()) {
            return Operation.CREATE;
        }
        if (path.isObjectInstance()) {
            return Operation.WRITE_UPDATE;
        }
        if (path.isResourceInstance()) {
            throw LwM2mException.notAllowed("POST is not defined on a resource instance");
        }
        ResourceModel resource = models.at(path);
        return resource != null && resource.multiple() && !resource.operations().isExecutable()
                ? Operation.WRITE_UPDATE : Operation.EXECUTE;
    }
}
