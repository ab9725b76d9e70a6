package org.bitpoll.platform.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The counters operators watch, in the server's Micrometer registry (Prometheus names in brackets):
 * <ul>
 *   <li>{@code bitpoll.page.views} ({@code bitpoll_page_views_total}), tagged {@code page} with the Faces view
 *       that was shown ({@code /poll/view.xhtml}): one series per page of the WAR, never per poll;
 *   <li>{@code bitpoll.votes} ({@code bitpoll_votes_total}), tagged {@code action} {@code cast} or {@code changed},
 *       counted once the vote is stored;
 *   <li>{@code bitpoll.logins} ({@code bitpoll_logins_total}), tagged {@code outcome} {@code succeeded},
 *       {@code failed} (wrong password, unknown or disabled user) or {@code throttled} (refused before the realm
 *       was asked).
 * </ul>
 * The vote and login series exist from the start, at 0.
 */
@ApplicationScoped
public class Metrics {

    private static final String PAGE_VIEWS = "bitpoll.page.views";

    @Inject
    private MeterRegistry registry;

    private Counter votesCast;
    private Counter votesChanged;
    private Counter loginsSucceeded;
    private Counter loginsFailed;
    private Counter loginsThrottled;

    @PostConstruct
    void register() {
        votesCast = vote("cast");
        votesChanged = vote("changed");
        loginsSucceeded = login("succeeded");
        loginsFailed = login("failed");
        loginsThrottled = login("throttled");
    }

    /** A page was shown (a GET, not a post back); {@code viewId} is the Faces view, a file of the WAR. */
    public void pageViewed(String viewId) {
        Counter.builder(PAGE_VIEWS)
                .description("Pages shown, by Faces view")
                .tag("page", viewId)
                .register(registry)
                .increment();
    }

    public void voteCast() {
        votesCast.increment();
    }

    public void voteChanged() {
        votesChanged.increment();
    }

    public void loginSucceeded() {
        loginsSucceeded.increment();
    }

    public void loginFailed() {
        loginsFailed.increment();
    }

    public void loginThrottled() {
        loginsThrottled.increment();
    }

    private Counter vote(String action) {
        return Counter.builder("bitpoll.votes")
                .description("Votes stored, by cast or changed")
                .tag("action", action)
                .register(registry);
    }

    private Counter login(String outcome) {
        return Counter.builder("bitpoll.logins")
                .description("Logins through the login page, by outcome")
                .tag("outcome", outcome)
                .register(registry);
    }
}
