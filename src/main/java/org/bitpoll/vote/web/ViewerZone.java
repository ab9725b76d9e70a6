package org.bitpoll.vote.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
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

    /** The zone a poll's times are shown in. */
    public ZoneId displayZone(Poll poll) {
        if (poll.isUseUserTimeZone()) {
            return visitorZone.zone().orElse(poll.zone());
        }
        return poll.zone();
    }
}
