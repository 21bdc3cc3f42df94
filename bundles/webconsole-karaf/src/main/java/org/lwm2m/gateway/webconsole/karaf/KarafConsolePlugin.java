package org.lwm2m.gateway.webconsole.karaf;

import java.io.IOException;
import java.net.URL;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.lwm2m.gateway.webconsole.ConsoleRequests;
import org.lwm2m.gateway.webconsole.ConsoleRequests.Reply;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The LwM2M page in Karaf 4.4's web console (Felix Web Console 4.8, javax servlets), behind Karaf's JAAS login: a
 * thin adapter to {@link ConsoleRequests}.
 */
@Component(service = Servlet.class, property = {"felix.webconsole.label=" + ConsoleRequests.LABEL,
    "felix.webconsole.title=LwM2M", "felix.webconsole.category=LwM2M"})
public class KarafConsolePlugin extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** The request attribute in which the console names its root ("/system/console"). */
    private static final String APP_ROOT = "felix.webconsole.appRoot";

    private final transient ConsoleRequests requests;

    @Activate
    public KarafConsolePlugin(@Reference ConsoleRequests requests) {
        this.requests = requests;
    }

    /**
     * The page's files: Web Console 4 serves what a plugin's {@code getResource(String)} finds, looked up by
     * reflection.
     */
    public URL getResource(String path) {
        return ConsoleRequests.file(path);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (ConsoleRequests.isApi(request.getPathInfo())) {
            api(request, response);
        } else {
            response.getWriter().write(requests.page(request.getAttribute(APP_ROOT) instanceof String root ? root
                    : request.getContextPath() + request.getServletPath()));
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        api(request, response);
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        api(request, response);
    }

    private void api(HttpServletRequest request, HttpServletResponse response) throws IOException {
        send(response, requests.api(request.getMethod(), request.getPathInfo(), request.getContentType(),
                request.getParameterMap(), request.getInputStream()));
    }

    private static void send(HttpServletResponse response, Reply reply) throws IOException {
        response.setStatus(reply.status());
        response.setContentType(reply.contentType());
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(reply.body());
    }
}
