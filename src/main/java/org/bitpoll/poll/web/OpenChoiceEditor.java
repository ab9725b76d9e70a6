package org.bitpoll.poll.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bitpoll.platform.faces.PollPage;
import org.bitpoll.platform.faces.Redirects;
import org.bitpoll.platform.security.Visitors;
import org.bitpoll.platform.web.Urls;
import org.bitpoll.poll.application.PollService;
import org.bitpoll.poll.domain.Poll;

/** {@code /poll/<slug>/edit/choices/}: sends a manager on to the option editor of the poll's type. */
@Named
@RequestScoped
public class OpenChoiceEditor {

    @Inject
    private PollService polls;

    @Inject
    private Visitors visitors;

    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        Poll poll = polls.getPollToManage(PollPage.slug(context), visitors.current());
        Redirects.to(context, Urls.choices(poll.getSlug(), poll.getType().code()));
    }
}
