package org.bitpoll.platform.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The counters operators watch, in the server's Micrometer registry (Prometheus names in brackets):
 * <ul>
 *   <li>{@code bitpoll.page.views} ({@code bitpoll_page_views_total}), tagged {@code page} with the Faces view
 *       that was shown ({@code /poll/view.xhtml}): one series per page of the WAR, never per poll;
 *   <li>{@code bitpoll.votes} ({@code bitpoll_votes_total}), tagged {@code action} {@code cast} or {@code changed},
 *       counted once the vote is stored;
 *   <li>{@code bitpoll.logins} ({@code bitpoll_logins_total}), tagged {@code outcome} {@code succeeded},
 *       {@code failed} (wrong password, unknown or disabled user) or {@code throttled} (refused before the realm
 *       was asked);
 *   <li>{@code bitpoll.mail.deliveries} ({@code bitpoll_mail_deliveries_total}), tagged {@code outcome}
 *       {@code sent}, {@code failed} (to be tried again) or {@code given-up}, for the mails of the outbox;
 *   <li>{@code bitpoll.results.cache} ({@code bitpoll_results_cache_total}), tagged {@code part} ({@code matrix}: a
 *       poll's votes and cells, {@code rows}: a run of rendered rows of its grid) and {@code result} {@code hit} or
 *       {@code miss}: how often a poll page found the part of its grid in memory.
 * </ul>
 * The vote and login series exist from the start, at 0. Counters are made with {@code registry.counter(name,
 * tags)}: WildFly's per-deployment registry hands those to the server's registry, which the Prometheus endpoint
 * shows, while {@code Counter.builder(...).register(registry)} would keep them in the deployment's own, unexported.
 */
@ApplicationScoped
public class Metrics {

    private static final String PAGE_VIEWS = "bitpoll.page.views";

    @Inject
    private MeterRegistry registry;

    private final Map<String, Counter> pageViews = new ConcurrentHashMap<>();
    private final Map<String, Counter> resultsCache = new ConcurrentHashMap<>();
    private Counter votesCast;
    private Counter votesChanged;
    private Counter loginsSucceeded;
    private Counter loginsFailed;
    private Counter loginsThrottled;
    private Counter mailsSent;
    private Counter mailsFailed;
    private Counter mailsGivenUp;

    @PostConstruct
    void register() {
        votesCast = vote("cast");
        votesChanged = vote("changed");
        loginsSucceeded = login("succeeded");
        loginsFailed = login("failed");
        loginsThrottled = login("throttled");
        mailsSent = mail("sent");
        mailsFailed = mail("failed");
        mailsGivenUp = mail("given-up");
    }

    /** A page was shown (a GET, not a post back); {@code viewId} is the Faces view, a file of the WAR. */
    public void pageViewed(String viewId) {
        pageViews
                .computeIfAbsent(viewId, view -> registry.counter(PAGE_VIEWS, "page", view))
                .increment();
    }

    /** A poll page looked for a part of its grid in memory, and found it or not. */
    public void resultsCacheLookup(String part, boolean hit) {
        resultsCache
                .computeIfAbsent(
                        part + (hit ? "+hit" : "+miss"),
                        key -> registry.counter("bitpoll.results.cache", "part", part, "result", hit ? "hit" : "miss"))
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

    public void mailSent() {
        mailsSent.increment();
    }

    public void mailFailed() {
        mailsFailed.increment();
    }

    public void mailGivenUp() {
        mailsGivenUp.increment();
    }

    private Counter mail(String outcome) {
        return registry.counter("bitpoll.mail.deliveries", "outcome", outcome);
    }

    private Counter vote(String action) {
        return registry.counter("bitpoll.votes", "action", action);
    }

    private Counter login(String outcome) {
        return registry.counter("bitpoll.logins", "outcome", outcome);
    }
}
