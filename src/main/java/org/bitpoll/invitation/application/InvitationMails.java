package org.bitpoll.invitation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.logging.Logger;
import org.bitpoll.account.application.Mailer;
import org.bitpoll.invitation.domain.InvitationRepository.Invitee;
import org.bitpoll.platform.config.Settings;
import org.bitpoll.platform.error.RuleViolation;
import org.bitpoll.platform.i18n.Languages;
import org.bitpoll.platform.web.Urls;

/**
 * The invitation mail ({@code mail.invitation.*}) and the reminder ({@code mail.reminder.*}, or
 * {@code mail.reminderOpen.*} for a poll without a due date), in the invitee's language, with the poll's vote
 * page and the invitee's settings (where they refuse these mails) under the configured base URL, and a due date in
 * the invitee's time zone. Called outside a transaction: a mail that fails is reported as not sent and rolls back
 * nothing.
 */
@ApplicationScoped
class InvitationMails {

    private static final Logger LOG = Logger.getLogger(InvitationMails.class.getName());

    @Inject
    private Mailer mailer;

    @Inject
    private Settings settings;

    /** A poll as its mails name it. */
    record PollRef(String slug, String title, Instant dueDate) {}

    /** Sends the invitation; false when the mail server did not take it. */
    boolean invite(Invitee to, PollRef poll) {
        String base = settings.getBaseUrl();
        return send(
                to,
                "invitation",
                to.name(),
                poll.title(),
                base + Urls.cast(poll.slug()),
                base + Urls.accountSettings());
    }

    /** Sends a reminder to vote; false when the mail server did not take it. */
    boolean remind(Invitee to, PollRef poll) {
        String base = settings.getBaseUrl();
        if (poll.dueDate() == null) {
            return send(
                    to,
                    "reminderOpen",
                    to.name(),
                    poll.title(),
                    base + Urls.cast(poll.slug()),
                    base + Urls.accountSettings());
        }
        Locale language = languageOf(to);
        ZoneId zone = zoneOf(to);
        String due = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                        .withLocale(language)
                        .format(poll.dueDate().atZone(zone))
                + " (" + zone.getId() + ")";
        return send(
                to,
                "reminder",
                to.name(),
                poll.title(),
                base + Urls.cast(poll.slug()),
                base + Urls.accountSettings(),
                due);
    }

    private boolean send(Invitee to, String kind, Object... arguments) {
        try {
            mailer.send(to.email(), languageOf(to), kind, arguments);
            return true;
        } catch (RuleViolation notSent) {
            LOG.warning(() -> "An " + kind + " mail of an invitation could not be sent");
            return false;
        }
    }

    private static Locale languageOf(Invitee to) {
        Locale supported = to.language() == null ? null : Languages.supported(to.language());
        return supported == null ? Locale.ENGLISH : supported;
    }

    private static ZoneId zoneOf(Invitee to) {
        try {
            return ZoneId.of(to.timeZone());
        } catch (DateTimeException | NullPointerException unknown) {
            return ZoneId.of("UTC");
        }
    }
}
