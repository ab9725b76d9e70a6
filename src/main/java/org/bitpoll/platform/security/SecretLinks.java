package org.bitpoll.platform.security;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code GET /manage/<token>} and {@code GET /editvote/<token>}: the secret links of a poll made without login and
 * of a guest vote. This browser then remembers the token (see {@link Secret}) and is sent on to the poll or the
 * vote's edit page; a malformed or unknown token is a 404, and the response is never cached.
 */
@WebServlet({"/manage/*", "/editvote/*"})
public class SecretLinks extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    @Any
    private Instance<SecretLink> links;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String token =
                request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Optional<SecretLink> link = links.stream()
                .filter(candidate -> candidate.secret().linkPath().equals(request.getServletPath()))
                .findFirst();
        Optional<SecretLink.Target> target = link.isPresent() && token.matches("[A-Za-z0-9_-]{43}")
                ? link.get().open(token)
                : Optional.empty();
        if (target.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        link.get().secret().remember(request, response, target.get().id(), token);
        response.sendRedirect(request.getContextPath() + target.get().address());
    }
}
