package org.bitpoll.vote.web;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.bitpoll.poll.domain.Poll;
import org.bitpoll.poll.domain.PollType;

/**
 * The top of the poll page and of the vote pages ({@code /WEB-INF/includes/poll/header.xhtml}): title, creation
 * and due date, whether the poll is closed, the zone its times are shown in, its type, owner and the badges of its voting rules.
 * {@code zoneCheck} is the shown zone when the poll translates times to the viewer's zone, null otherwise: on a
 * page that was not posted, bitpoll.js then loads the page once more if the browser's zone is another one (the
 * first visit, before the zone cookie existed, or after travelling); never when the zone is a logged-in
 * person's account zone ({@link #withoutZoneCheck}).
 */
public record PollHeader(
        String title,
        String createdText,
        String dueDateText,
        boolean closed,
        String zone,
        String zoneCheck,
        PollType type,
        String ownerName,
        boolean anonymousAllowed,
        boolean voteAll,
        boolean invitationRequired)
        implements Serializable {

    /** The format of every date with time on the pages of a poll. */
    public static DateTimeFormatter dateTimeFormat(Locale locale, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(zone);
    }

    /** The header of {@code poll} with its times in {@code zone}, as it is at {@code now}. */
    public static PollHeader of(Poll poll, ZoneId zone, Locale locale, Instant now) {
        DateTimeFormatter format = dateTimeFormat(locale, zone);
        Instant due = poll.getDueDate();
        return new PollHeader(
                poll.getTitle(),
                format.format(poll.getCreated()),
                due == null ? null : format.format(due),
                !poll.isOpenForVoting(now),
                zone.getId(),
                poll.isUseUserTimeZone() ? zone.getId() : null,
                poll.getType(),
                poll.getOwner() == null ? null : poll.getOwner().displayName(),
                poll.isAnonymousAllowed(),
                poll.isVoteAll(),
                poll.isRequireInvitation());
    }

    /** This header without its {@code zoneCheck}: the zone shown is not the browser's to correct. */
    public PollHeader withoutZoneCheck() {
        return new PollHeader(
                title,
                createdText,
                dueDateText,
                closed,
                zone,
                null,
                type,
                ownerName,
                anonymousAllowed,
                voteAll,
                invitationRequired);
    }
}
