package org.bitpoll.poll.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.bitpoll.platform.web.Urls;
import org.bitpoll.poll.application.PollService;
import org.bitpoll.poll.domain.Poll;

/**
 * {@code GET /manage/<token>}: the secret management link of a poll created without login. This browser then
 * remembers the token and is sent to the poll; an unknown token is a 404, and the response is never cached.
 */
@WebServlet("/manage/*")
public class ManagementLink extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private PollService polls;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String token =
                request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Optional<Poll> poll =
                token.matches("[A-Za-z0-9_-]{43}") ? polls.findPollByManagementToken(token) : Optional.empty();
        if (poll.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PollManagers.remember(request, response, poll.get().getId(), token);
        response.sendRedirect(request.getContextPath() + Urls.view(poll.get().getSlug()));
    }
}
