package org.bitpoll.poll.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.bitpoll.platform.security.Secret;
import org.bitpoll.platform.security.SecretLink;
import org.bitpoll.platform.web.Urls;
import org.bitpoll.poll.application.PollService;

/** {@code /manage/<token>}, the secret management link of a poll created without login, leads to the poll. */
@ApplicationScoped
public class ManagementLink implements SecretLink {

    @Inject
    private PollService polls;

    @Override
    public Secret secret() {
        return Secret.MANAGEMENT;
    }

    @Override
    public Optional<Target> open(String token) {
        return polls.findPollByManagementToken(token).map(poll -> new Target(poll.getId(), Urls.view(poll.getSlug())));
    }
}
