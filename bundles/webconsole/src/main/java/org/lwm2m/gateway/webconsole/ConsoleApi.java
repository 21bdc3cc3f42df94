package org.lwm2m.gateway.webconsole;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.client.LwM2mClient;
import org.lwm2m.gateway.api.client.ServerRegistration;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.model.ResourceType;
import org.lwm2m.gateway.api.node.InstanceNode;
import org.lwm2m.gateway.api.node.ObjectNode;
import org.lwm2m.gateway.api.node.SingleResource;

/**
 * The JSON API under the console page, free of any servlet API so that each console (Felix's Jakarta one, Karaf's
 * javax one) needs only a thin adapter. A request is a method, a resource name ("clients", "read", ...), its query
 * parameters and its parsed JSON body; the answer is a status and a body for Jackson, or an {@link HttpError}.
 */
final class ConsoleApi {

    /** What the API answers: an HTTP status and a body that Jackson writes. */
    record Answer(int status, Object body) {
        static Answer ok(Object body) {
            return new Answer(200, body);
        }
    }

    private static final String ENDPOINT = "endpoint";
    private static final String PATH = "path";
    private static final Duration SEND_WAIT = Duration.ofSeconds(30);

    private final Supplier<List<LwM2mClient>> clients;
    private final EventLog events;
    private final Peripherals peripherals;

    ConsoleApi(Supplier<List<LwM2mClient>> clients, EventLog events, Peripherals peripherals) {
        this.clients = clients;
        this.events = events;
        this.peripherals = peripherals;
    }

    Answer handle(String method, String resource, Map<String, String> query, Map<String, Object> body)
            throws HttpError {
        String route = method + " " + resource;
        switch (route) {
            case "GET clients":
                return Answer.ok(clients.get().stream().map(this::client).toList());
            case "GET objects":
                return Answer.ok(objects(client(query.get(ENDPOINT))));
            case "GET read":
                return Answer.ok(read(client(query.get(ENDPOINT)), required(query, PATH)));
            case "POST write":
                return Answer.ok(write(client(text(body, ENDPOINT)), required(body, PATH), body.get("value")));
            case "POST execute":
                return execute(client(text(body, ENDPOINT)), required(body, PATH), text(body, "arguments"));
            case "POST send":
                return Answer.ok(send(client(text(body, ENDPOINT)), body.get("paths")));
            case "POST update":
                client(text(body, ENDPOINT)).triggerUpdate();
                return new Answer(202, Map.of());
            case "POST bootstrap":
                return bootstrap(client(text(body, ENDPOINT)));
            case "GET peripherals":
                return Answer.ok(NodeJson.map("settings", peripherals.settings(), "peripherals", peripherals.list()));
            case "POST peripherals":
                return new Answer(201, Map.of("pid", peripherals.add(body)));
            case "DELETE peripherals":
                peripherals.remove(required(query, "pid"));
                return Answer.ok(Map.of());
            default:
                throw new HttpError(Set.of("clients", "objects", "read", "write", "execute", "send", "update",
                        "bootstrap", "peripherals")
                        .contains(resource) ? 405 : 404, "no " + route + " in the LwM2M API");
        }
    }

    private Map<String, Object> client(LwM2mClient client) {
        Map<Integer, Object> lifetimes = lifetimes(client);
        List<Object> registrations = new ArrayList<>();
        for (ServerRegistration r : client.registrations()) {
            registrations.add(NodeJson.map("shortServerId", r.shortServerId(),
                    "server", r.server().map(Object::toString).orElse(null), "state", r.state().name(),
                    "location", r.location().orElse(null),
                    "lastUpdate", r.lastUpdate().map(Object::toString).orElse(null),
                    "lifetime", lifetimes.get(r.shortServerId())));
        }
        List<Object> log = new ArrayList<>();
        for (EventLog.Entry e : events.of(client.endpoint())) {
            log.add(NodeJson.map("time", e.time().toString(), "shortServerId", e.shortServerId(),
                    "event", e.event().name()));
        }
        return NodeJson.map(ENDPOINT, client.endpoint(), "registrations", registrations, "events", log);
    }

    /** Lifetimes by short server id, from the Server object (1/x/0 and 1/x/1); none while it cannot be read. */
    private static Map<Integer, Object> lifetimes(LwM2mClient client) {
        Map<Integer, Object> lifetimes = new HashMap<>();
        try {
            ObjectNode servers = (ObjectNode) client.read("1");
            for (InstanceNode server : servers.instances().values()) {
                if (server.resources().get(0) instanceof SingleResource id
                        && server.resources().get(1) instanceof SingleResource lifetime) {
                    lifetimes.put(((Number) id.value().toJava()).intValue(), NodeJson.value(lifetime.value()));
                }
            }
        } catch (LwM2mException e) {
            return Map.of();
        }
        return lifetimes;
    }

    /** Every object with its instances and values; an object that fails to answer shows its error instead. */
    private static List<Object> objects(LwM2mClient client) {
        List<Object> objects = new ArrayList<>();
        for (ObjectModel model : client.objects()) {
            try {
                objects.add(NodeJson.object(model, (ObjectNode) client.read(Integer.toString(model.id()))));
            } catch (LwM2mException e) {
                objects.add(NodeJson.map("id", model.id(), "name", model.name(), "version", model.version(),
                        "error", e.getMessage()));
            }
        }
        return objects;
    }

    private static Map<String, Object> read(LwM2mClient client, String path) throws HttpError {
        try {
            return NodeJson.map(PATH, path, "node", NodeJson.node(client.read(path)));
        } catch (LwM2mException e) {
            throw HttpError.of(e);
        }
    }

    /** Sets one value and answers with what the object holds afterwards. Opaque values come as hex. */
    private static Map<String, Object> write(LwM2mClient client, String path, Object value) throws HttpError {
        if (value == null) {
            throw HttpError.badRequest("a write needs a \"value\"");
        }
        try {
            Object converted = isOpaque(client, path) ? hex(value) : value;
            client.set(path, converted);
            return NodeJson.map(PATH, path, "value", NodeJson.value(client.get(path)));
        } catch (LwM2mException e) {
            throw HttpError.of(e);
        }
    }

    private static Answer execute(LwM2mClient client, String path, String arguments) throws HttpError {
        try {
            client.execute(path, arguments == null ? "" : arguments);
            return Answer.ok(Map.of());
        } catch (LwM2mException e) {
            throw HttpError.of(e);
        }
    }

    /** Bootstraps the client again; 409 when it has no bootstrap server to ask. */
    private static Answer bootstrap(LwM2mClient client) throws HttpError {
        try {
            client.bootstrap();
            return new Answer(202, Map.of());
        } catch (LwM2mException e) {
            throw new HttpError(409, e.getMessage());
        }
    }

    /** Sends the values at the paths to the client's servers (LwM2M Send) and waits, bounded, for their answers. */
    private static Map<String, Object> send(LwM2mClient client, Object paths) throws HttpError {
        if (!(paths instanceof List<?> list) || list.isEmpty() || !list.stream().allMatch(String.class::isInstance)) {
            throw HttpError.badRequest("\"paths\" is a list of LwM2M paths, such as [\"3/0/9\"]");
        }
        try {
            client.send(list.toArray(String[]::new)).toCompletableFuture().get(SEND_WAIT.toSeconds(),
                    TimeUnit.SECONDS);
            return NodeJson.map("paths", list);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof LwM2mException refused) {
                throw HttpError.of(refused);
            }
            throw new HttpError(500, "the Send failed: " + e.getCause());
        } catch (TimeoutException e) {
            throw new HttpError(503, "no server answered the Send within " + SEND_WAIT.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpError(503, "interrupted while sending");
        }
    }

    private static boolean isOpaque(LwM2mClient client, String path) {
        try {
            LwM2mPath p = LwM2mPath.parse(path.trim());
            return !p.isRoot() && p.resourceId() != LwM2mPath.NONE && client.objects().stream()
                    .filter(m -> m.id() == p.objectId()).map(m -> m.resource(p.resourceId()))
                    .anyMatch(r -> r != null && r.type() == ResourceType.OPAQUE);
        } catch (IllegalArgumentException e) {
            // the client refuses the malformed path itself, with its own message
            return false;
        }
    }

    private static byte[] hex(Object value) throws HttpError {
        try {
            return HexFormat.of().parseHex(value.toString().trim());
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest("opaque values are written as hex digits: " + e.getMessage());
        }
    }

    /** The client with this endpoint name; with none named, the only client there is. */
    private LwM2mClient client(String endpoint) throws HttpError {
        List<LwM2mClient> all = clients.get();
        if (endpoint == null) {
            if (all.size() == 1) {
                return all.get(0);
            }
            throw HttpError.badRequest("name the client: \"endpoint\" is one of "
                    + all.stream().map(LwM2mClient::endpoint).toList());
        }
        return all.stream().filter(c -> c.endpoint().equals(endpoint)).findFirst()
                .orElseThrow(() -> new HttpError(404, "no client has the endpoint name '" + endpoint + "'"));
    }

    private static String required(Map<String, ?> parameters, String name) throws HttpError {
        String value = text(parameters, name);
        if (value == null || value.isBlank()) {
            throw HttpError.badRequest("\"" + name + "\" is missing");
        }
        return value;
    }

    private static String text(Map<String, ?> parameters, String name) {
        Object value = parameters.get(name);
        return value == null ? null : value.toString();
    }
}
