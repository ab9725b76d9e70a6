package org.bitpoll.vote.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.Optional;
import org.bitpoll.platform.web.VisitorZone;
import org.bitpoll.poll.domain.Poll;

/**
 * The zone a poll's times are shown in (F14): the poll's own, or the viewer's ({@link VisitorZone}: the account's,
 * else the browser's) when the poll says so and it is known. One rule for the poll page, the vote and edit forms
 * and the CSV export.
 */
@RequestScoped
public class ViewerZone {

    @Inject
    private VisitorZone visitorZone;

    /** The viewer's zone: the account's for a logged-in person, else the browser's, if known. */
    public Optional<ZoneId> viewerZone() {
        return visitorZone.zone();
    }

    /** Whether the viewer's zone is the browser's (see {@link VisitorZone#followsBrowser()}). */
    public boolean followsBrowser() {
        return visitorZone.followsBrowser();
    }

    /** The zone a poll's times are shown in. */
    public ZoneId displayZone(Poll poll) {
        if (poll.isUseUserTimeZone()) {
            return viewerZone().orElse(poll.zone());
        }
        return poll.zone();
    }
}
