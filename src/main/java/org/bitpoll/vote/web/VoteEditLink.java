package org.bitpoll.vote.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.bitpoll.platform.web.Urls;
import org.bitpoll.vote.application.VoteService;
import org.bitpoll.vote.domain.VoteRepository;

/**
 * {@code GET /editvote/<token>}: the secret edit link of a guest vote. This browser then remembers the token and
 * is sent to the vote's edit page; an unknown token is a 404, and the response is never cached.
 */
@WebServlet("/editvote/*")
public class VoteEditLink extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private VoteService votes;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String token =
                request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Optional<VoteRepository.EditTarget> target =
                token.matches("[A-Za-z0-9_-]{43}") ? votes.findEditTarget(token) : Optional.empty();
        if (target.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Voters.remember(request, response, target.get().voteId(), token);
        response.sendRedirect(request.getContextPath()
                + Urls.editVote(target.get().slug(), target.get().voteId()));
    }
}
