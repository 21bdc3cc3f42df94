package org.lwm2m.gateway.webconsole;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.lwm2m.gateway.api.client.LwM2mClient;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one rendering core of the LwM2M console page, free of any servlet API: the page, its files and the JSON
 * API, for a thin adapter per web console (Felix Web Console 5 on Jakarta servlets, Karaf's on javax servlets).
 * Both consoles wrap a GET without an extension in their page frame and hand every other request ({@code *.json},
 * POST, DELETE) to the plugin as it is.
 */
@Component(service = ConsoleRequests.class)
public final class ConsoleRequests {

    /** The label of the page in the console's menu and URLs: {@code <console root>/lwm2m}. */
    public static final String LABEL = "lwm2m";

    /** What an adapter sends back: the status, the content type and the body. */
    public record Reply(int status, String contentType, byte[] body) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleRequests.class);
    private static final String JSON = "application/json";
    private static final String PREFIX = "/" + LABEL + "/";
    private static final int MAX_BODY = 64 * 1024;

    private final ObjectMapper mapper = new ObjectMapper();
    private final List<LwM2mClient> clients = new CopyOnWriteArrayList<>();
    private final ConsoleApi api;
    private final String page;

    @Activate
    public ConsoleRequests(@Reference EventLog events, @Reference Peripherals peripherals) {
        this.api = new ConsoleApi(() -> List.copyOf(clients), events, peripherals);
        this.page = classpathText("/res/page.html");
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindClient(LwM2mClient client) {
        clients.add(client);
    }

    void unbindClient(LwM2mClient client) {
        clients.remove(client);
    }

    /** Whether a request's path (below the console's root) is one of the API's, rather than the page. */
    public static boolean isApi(String pathInfo) {
        return resource(pathInfo) != null;
    }

    /**
     * The page's HTML, for the console to put in its frame (written through the response's writer, which the frame
     * already uses); {@code consoleRoot} is "/system/console".
     */
    public String page(String consoleRoot) {
        return page.replace("${root}", consoleRoot + "/" + LABEL);
    }

    /** The page's script and style sheet ({@code <console root>/lwm2m/res/...}), or null for any other path. */
    public static URL file(String pathInfo) {
        if (pathInfo == null || !pathInfo.startsWith(PREFIX + "res/") || pathInfo.contains("..")) {
            return null;
        }
        return ConsoleRequests.class.getResource(pathInfo.substring(PREFIX.length() - 1));
    }

    /**
     * Answers an API request. Never throws: a refused request is a 4xx with {@code {"error": ...}}, a failure a 500
     * whose reason goes to the log, not to the caller.
     *
     * @param body the request body, read up to 64 KiB; only POST has one
     */
    public Reply api(String method, String pathInfo, String contentType, Map<String, String[]> parameters,
            InputStream body) {
        String resource = resource(pathInfo);
        try {
            if (resource == null) {
                throw new HttpError(404, "the API's resources end in .json");
            }
            Map<String, String> query = new HashMap<>();
            parameters.forEach((k, v) -> query.put(k, v.length == 0 ? null : v[0]));
            ConsoleApi.Answer answer = api.handle(method, resource, query,
                    "POST".equals(method) ? json(contentType, body) : Map.of());
            return json(answer.status(), answer.body());
        } catch (HttpError e) {
            return error(e);
        } catch (RuntimeException e) {
            LOG.warn("LwM2M console API: {} {} failed", method, resource, e);
            return error(new HttpError(500, "the gateway failed to answer; its log says why"));
        }
    }

    private Map<String, Object> json(String contentType, InputStream body) throws HttpError {
        if (contentType == null || !contentType.toLowerCase().startsWith(JSON)) {
            // a JSON content type cannot be sent by a plain HTML form of another site (CSRF)
            throw new HttpError(415, "send the request body as " + JSON);
        }
        try {
            byte[] bytes = body.readNBytes(MAX_BODY);
            Map<String, Object> parsed = bytes.length == 0 ? null
                    : mapper.readValue(bytes, new TypeReference<Map<String, Object>>() {
                    });
            return parsed == null ? Map.of() : parsed;
        } catch (JsonProcessingException e) {
            throw HttpError.badRequest("the body is not a JSON object: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw HttpError.badRequest("the body could not be read: " + e.getMessage());
        }
    }

    /** "clients" for ".../lwm2m/clients.json"; null for the page itself or anything not under the label. */
    private static String resource(String pathInfo) {
        if (pathInfo == null || !pathInfo.startsWith(PREFIX) || !pathInfo.endsWith(".json")) {
            return null;
        }
        return pathInfo.substring(PREFIX.length(), pathInfo.length() - ".json".length());
    }

    private Reply error(HttpError error) {
        return json(error.status(), Map.of("error", error.getMessage()));
    }

    private Reply json(int status, Object body) {
        try {
            return new Reply(status, JSON, mapper.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a console answer is not serializable", e);
        }
    }

    private static String classpathText(String name) {
        try (InputStream in = ConsoleRequests.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the bundle lacks " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
    }
}
