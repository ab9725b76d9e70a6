package org.bitpoll.watch.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bitpoll.platform.faces.PollPage;
import org.bitpoll.platform.faces.Texts;
import org.bitpoll.platform.security.Visitors;
import org.bitpoll.watch.application.WatchService;

/**
 * The "Watch poll" / "Unwatch poll" button of the poll page, for logged-in visitors: read once per request (a guest
 * costs no statement), posted back by ajax, which updates the button and says what changed.
 */
@Named
@RequestScoped
public class WatchPoll {

    @Inject
    private WatchService service;

    @Inject
    private Visitors visitors;

    private boolean loggedIn;
    private String slug;
    private WatchService.WatchState state = WatchService.WatchState.NONE;

    @PostConstruct
    void load() {
        slug = PollPage.slug(FacesContext.getCurrentInstance());
        loggedIn = visitors.current().isLoggedIn();
        state = service.state(slug, visitors.current());
    }

    public void watch() {
        service.watch(slug, visitors.current());
        changed("watch.started");
    }

    public void unwatch() {
        service.unwatch(slug, visitors.current());
        changed("watch.stopped");
    }

    private void changed(String key) {
        state = service.state(slug, visitors.current());
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, Texts.message(context, FacesMessage.SEVERITY_INFO, key));
    }

    public boolean isLoggedIn() {
        return loggedIn;
    }

    public boolean isOffered() {
        return state.offered();
    }

    public boolean isWatching() {
        return state.watching();
    }
}
