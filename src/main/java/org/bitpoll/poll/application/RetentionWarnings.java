package org.bitpoll.poll.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.logging.Logger;
import org.bitpoll.account.application.Mailer;
import org.bitpoll.platform.config.Settings;
import org.bitpoll.platform.error.RuleViolation;
import org.bitpoll.platform.web.Urls;
import org.bitpoll.poll.domain.RetentionSweep;

/**
 * The warning mail of a poll's deletion ({@code mail.retention.*}), in the recipient's language, with the day of
 * deletion in their time zone, the poll's page and its CSV download (its results as the owner sees them once
 * logged in) as addresses under the configured base URL. Called outside a transaction: a mail that fails rolls
 * back nothing but itself, and is reported as not sent.
 */
@ApplicationScoped
public class RetentionWarnings implements RetentionSweep.Warnings {

    private static final Logger LOG = Logger.getLogger(RetentionWarnings.class.getName());

    @Inject
    private Mailer mailer;

    @Inject
    private Settings settings;

    @Override
    public boolean send(RetentionSweep.Recipient to, RetentionSweep.Candidate poll, Instant deletion) {
        String base = settings.getBaseUrl();
        String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(to.language())
                .format(deletion.atZone(to.zone()));
        try {
            mailer.send(
                    to.email(),
                    to.language(),
                    "retention",
                    poll.title(),
                    day,
                    base + Urls.view(poll.slug()),
                    base + Urls.csv(poll.slug()),
                    base + Urls.login(Urls.csv(poll.slug())),
                    settings.getRetentionDays());
            return true;
        } catch (RuleViolation notSent) {
            LOG.warning(() -> "The retention warning of poll " + poll.slug() + " could not be sent; it is tried again"
                    + " at the next cleanup, and the poll is kept until its owner was warned in time");
            return false;
        }
    }
}
