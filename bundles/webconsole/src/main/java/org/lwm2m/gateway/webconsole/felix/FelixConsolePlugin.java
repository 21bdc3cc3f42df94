package org.lwm2m.gateway.webconsole.felix;

import java.io.IOException;

import org.lwm2m.gateway.webconsole.ConsoleRequests;
import org.lwm2m.gateway.webconsole.ConsoleRequests.Reply;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The LwM2M page in the Apache Felix Web Console 5 (Jakarta servlets), behind the console's authentication: a
 * thin adapter to {@link ConsoleRequests}. The console serves the page's files from {@code /res/} itself.
 */
@Component(service = Servlet.class, property = {"felix.webconsole.label=" + ConsoleRequests.LABEL,
    "felix.webconsole.title=LwM2M", "felix.webconsole.category=LwM2M"})
public class FelixConsolePlugin extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** The request attribute in which the console names its root ("/system/console"). */
    private static final String APP_ROOT = "felix.webconsole.appRoot";

    private final transient ConsoleRequests requests;

    @Activate
    public FelixConsolePlugin(@Reference ConsoleRequests requests) {
        this.requests = requests;
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
