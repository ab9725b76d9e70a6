package org.bitpoll.vote.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.bitpoll.platform.security.Secret;
import org.bitpoll.platform.security.SecretLink;
import org.bitpoll.platform.web.Urls;
import org.bitpoll.vote.application.VoteService;

/** {@code /editvote/<token>}, the secret edit link of a guest vote, leads to the vote's edit page. */
@ApplicationScoped
public class VoteEditLink implements SecretLink {

    @Inject
    private VoteService votes;

    @Override
    public Secret secret() {
        return Secret.VOTE_EDIT;
    }

    @Override
    public Optional<Target> open(String token) {
        return votes.findEditTarget(token)
                .map(target -> new Target(target.voteId(), Urls.editVote(target.slug(), target.voteId())));
    }
}
