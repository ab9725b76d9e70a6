package org.bitpoll.platform.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import jakarta.servlet.ServletContext;

/**
 * Every redirect names a path of this site, never the host a request claims. Undertow turns each relative
 * redirect (a servlet's {@code sendRedirect("/poll/x/")}, Faces' post-redirect-get, its own {@code /about} →
 * {@code /about/}) into an absolute URL built from the request's {@code Host} header, which anyone can set. This
 * takes the request's own scheme and host off the {@code Location} again just before the response goes out, so
 * the browser resolves the path against the address it asked for: right behind any proxy, without trusting the
 * header and without depending on the configured base URL. Registered as an Undertow servlet extension in
 * {@code META-INF/services/io.undertow.servlet.ServletExtension}.
 */
public class RelativeRedirects implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
        deployment.addOuterHandlerChainWrapper(next -> exchange -> {
            exchange.addResponseCommitListener(RelativeRedirects::relativize);
            next.handleRequest(exchange);
        });
    }

    private static void relativize(HttpServerExchange exchange) {
        String location = exchange.getResponseHeaders().getFirst(Headers.LOCATION);
        if (location != null) {
            String own = exchange.getRequestScheme() + "://" + exchange.getHostAndPort();
            exchange.getResponseHeaders().put(Headers.LOCATION, relative(location, own));
        }
    }

    /** The location without the given origin ({@code scheme://host:port}) when it starts with it, else as it is. */
    static String relative(String location, String origin) {
        if (!location.regionMatches(true, 0, origin, 0, origin.length())) {
            return location;
        }
        String rest = location.substring(origin.length());
        if (rest.isEmpty()) {
            return "/";
        }
        return rest.startsWith("/") && !rest.startsWith("//") ? rest : location;
    }
}
