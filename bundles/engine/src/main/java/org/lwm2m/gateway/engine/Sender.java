package org.lwm2m.gateway.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.lwm2m.gateway.api.ContentFormats;
import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.ResponseCode;
import org.lwm2m.gateway.api.client.ClientState;
import org.lwm2m.gateway.api.client.ServerRegistration;
import org.lwm2m.gateway.api.codec.CodecException;
import org.lwm2m.gateway.api.codec.CompositeCodec;
import org.lwm2m.gateway.api.node.LwM2mNode;
import org.lwm2m.gateway.api.object.Requester;

/**
 * The Send operation (LwM2M 1.1, POST /dp): an application's values, read for each registered management server as
 * that server would read them, timestamped with when they were read, to every server whose Mute Send is off.
 */
final class Sender {

    private final RequestContext context;
    private final ServerRegistrations registrations;
    private final ServerSettingsReader servers;

    Sender(RequestContext context, ServerRegistrations registrations, ServerSettingsReader servers) {
        this.context = context;
        this.registrations = registrations;
        this.servers = servers;
    }

    CompletableFuture<Void> send(List<String> paths) {
        try {
            List<LwM2mPath> parsed = parsed(paths);
            int format = format();
            CompositeCodec codec = (CompositeCodec) context.codecs().nodeCodec(format);
            CompositeOperations reader = new CompositeOperations(context);
            List<CompletableFuture<Void>> sends = new ArrayList<>();
            for (ServerRegistration registration : registrations.status()) {
                int shortServerId = registration.shortServerId();
                Optional<RegistrationClient> client = registrations.registration(shortServerId);
                if (client.isEmpty() || registration.state() != ClientState.REGISTERED
                        && registration.state() != ClientState.UPDATING || servers.muted(shortServerId)) {
                    continue;
                }
                sends.add(reader.readNodes(Requester.server(shortServerId), parsed).thenCompose(nodes -> {
                    if (nodes.isEmpty()) {
                        throw new CompletionException(new LwM2mException(ResponseCode.NOT_FOUND,
                                "the client has none of " + parsed));
                    }
                    return client.get().send(format, encoded(codec, reader, nodes));
                }));
            }
            if (sends.isEmpty()) {
                throw new LwM2mException(ResponseCode.SERVICE_UNAVAILABLE,
                        "no registered management server takes Send now (none registered, or Mute Send on)");
            }
            return CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new));
        } catch (LwM2mException e) {
            return CompletableFuture.failedFuture(e);
        } catch (ServerSettingsException e) {
            return CompletableFuture.failedFuture(new LwM2mException(ResponseCode.INTERNAL_SERVER_ERROR,
                    e.getMessage(), e));
        }
    }

    private static byte[] encoded(CompositeCodec codec, CompositeOperations reader,
            SortedMap<LwM2mPath, LwM2mNode> nodes) {
        try {
            return codec.encodeTimestamped(new TreeMap<>(Map.of(Instant.now(), nodes)), reader::model);
        } catch (CodecException e) {
            throw new CompletionException(new LwM2mException(ResponseCode.INTERNAL_SERVER_ERROR,
                    "cannot encode a Send: " + e.getMessage(), e));
        }
    }

    /** SenML CBOR, the more compact, where it is installed; SenML JSON otherwise. */
    private int format() throws LwM2mException {
        for (int format : List.of(ContentFormats.SENML_CBOR, ContentFormats.SENML_JSON)) {
            if (context.codecs().nodeCodec(format) instanceof CompositeCodec) {
                return format;
            }
        }
        throw new LwM2mException(ResponseCode.UNSUPPORTED_CONTENT_FORMAT,
                "Send needs SenML CBOR or JSON, and neither codec is installed");
    }

    private static List<LwM2mPath> parsed(List<String> paths) throws LwM2mException {
        List<LwM2mPath> parsed = new ArrayList<>();
        for (String path : paths) {
            try {
                LwM2mPath p = LwM2mPath.parse(path == null ? "" : path.trim());
                if (p.isRoot()) {
                    throw LwM2mException.badRequest("Send names objects, instances or resources, not the root");
                }
                parsed.add(p);
            } catch (IllegalArgumentException e) {
                throw LwM2mException.badRequest(e.getMessage());
            }
        }
        if (parsed.isEmpty()) {
            throw LwM2mException.badRequest("Send names at least one path");
        }
        return parsed;
    }
}
