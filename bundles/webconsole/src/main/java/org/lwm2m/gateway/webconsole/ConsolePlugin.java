package org.lwm2m.gateway.webconsole;

import java.io.IOException;
import java.io.InputStream;
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

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The "LwM2M" page of the Apache Felix Web Console 5 (Jakarta servlets) and the JSON API under it, both behind the
 * console's authentication. The console wraps a GET without an extension in its page frame and hands every other
 * request ({@code *.json}, POST, DELETE) to this servlet as it is; the files under {@code /res/} it serves itself.
 */
@Component(service = Servlet.class, property = {"felix.webconsole.label=" + ConsolePlugin.LABEL,
    "felix.webconsole.title=LwM2M", "felix.webconsole.category=LwM2M"})
public class ConsolePlugin extends HttpServlet {

    static final String LABEL = "lwm2m";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ConsolePlugin.class);
    private static final String JSON = "application/json";
    /** The request attribute in which the console names its root ("/system/console"). */
    private static final String APP_ROOT = "felix.webconsole.appRoot";

    private final transient ObjectMapper mapper = new ObjectMapper();
    private final transient List<LwM2mClient> clients = new CopyOnWriteArrayList<>();
    private final transient ConsoleApi api;
    private final String page;

    @Activate
    public ConsolePlugin(@Reference EventLog events, @Reference Peripherals peripherals) {
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

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (resource(request) == null) {
            String root = request.getAttribute(APP_ROOT) instanceof String r ? r
                    : request.getContextPath() + request.getServletPath();
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write(page.replace("${root}", root + "/" + LABEL));
            return;
        }
        answer(request, response, Map.of());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase().startsWith(JSON)) {
            // a JSON content type cannot be sent by a plain HTML form of another site (CSRF)
            error(response, new HttpError(415, "send the request body as " + JSON));
            return;
        }
        Map<String, Object> body;
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(64 * 1024);
            body = bytes.length == 0 ? Map.of() : mapper.readValue(bytes, new TypeReference<Map<String, Object>>() {
            });
        } catch (JsonProcessingException e) {
            error(response, HttpError.badRequest("the body is not a JSON object: " + e.getOriginalMessage()));
            return;
        }
        answer(request, response, body == null ? Map.of() : body);
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request, response, Map.of());
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, Map<String, Object> body)
            throws IOException {
        String resource = resource(request);
        try {
            if (resource == null) {
                throw new HttpError(404, "the API's resources end in .json");
            }
            Map<String, String> query = new HashMap<>();
            request.getParameterMap().forEach((k, v) -> query.put(k, v.length == 0 ? null : v[0]));
            ConsoleApi.Answer answer = api.handle(request.getMethod(), resource, query, body);
            write(response, answer.status(), answer.body());
        } catch (HttpError e) {
            error(response, e);
        } catch (RuntimeException e) {
            LOG.warn("LwM2M console API: {} {} failed", request.getMethod(), resource, e);
            error(response, new HttpError(500, "the gateway failed to answer; its log says why"));
        }
    }

    /** "clients" for ".../lwm2m/clients.json"; null for the page itself or anything not under the label. */
    private static String resource(HttpServletRequest request) {
        String path = request.getPathInfo();
        String prefix = "/" + LABEL + "/";
        if (path == null || !path.startsWith(prefix) || !path.endsWith(".json")) {
            return null;
        }
        return path.substring(prefix.length(), path.length() - ".json".length());
    }

    private void error(HttpServletResponse response, HttpError error) throws IOException {
        write(response, error.status(), Map.of("error", error.getMessage()));
    }

    private void write(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType(JSON);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        mapper.writeValue(response.getOutputStream(), body);
    }

    private static String classpathText(String name) {
        try (InputStream in = ConsolePlugin.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the bundle lacks " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
    }
}
