package org.lwm2m.gateway.runtime;

import java.io.IOException;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;

/**
 * Sends a browser that opens the gateway's bare address ({@code http://127.0.0.1:8080/}) to the web console, so
 * the address the log shows is one that works. Anything else below the root that nothing serves stays 404.
 */
@Component(service = Servlet.class, property = {
    ConsoleRedirect.PATTERN_PROPERTY + "=/",
    ConsoleRedirect.NAME_PROPERTY + "=lwm2m-gateway console redirect"})
public final class ConsoleRedirect extends HttpServlet {

    /** The HTTP Whiteboard's servlet pattern property (OSGi Compendium §140.4). */
    static final String PATTERN_PROPERTY = "osgi.http.whiteboard.servlet.pattern";
    static final String NAME_PROPERTY = "osgi.http.whiteboard.servlet.name";
    /** Where the Felix Web Console lives (its default manager root). */
    static final String CONSOLE = "/system/console";

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.isEmpty() || path.equals("/")) {
            response.sendRedirect(request.getContextPath() + CONSOLE);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
