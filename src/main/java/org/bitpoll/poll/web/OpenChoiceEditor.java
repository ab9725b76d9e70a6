package org.bitpoll.poll.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.bitpoll.platform.faces.Redirects;
import org.bitpoll.platform.web.Urls;
import org.bitpoll.poll.domain.Poll;

/** {@code /poll/<slug>/edit/choices/}: sends a manager on to the option editor of the poll's type. */
@Named
@RequestScoped
public class OpenChoiceEditor extends ManagementPage {

    private static final long serialVersionUID = 1L;

    public void load() {
        Poll poll = loadPoll();
        Redirects.to(
                FacesContext.getCurrentInstance(),
                Urls.choices(poll.getSlug(), poll.getType().code()));
    }
}
