package org.bitpoll.poll.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import org.bitpoll.platform.config.Settings;
import org.bitpoll.poll.domain.Retention;
import org.bitpoll.poll.domain.RetentionSweep;

/**
 * The retention of polls (settings {@code bitpoll.retention-days} and {@code bitpoll.retention-warning-days}):
 * one {@link RetentionSweep} over all polls. It runs without a transaction of its own, so each change and each
 * mail is its own.
 */
@Stateless
public class PollRetention {

    @Inject
    private Settings settings;

    @Inject
    private RetentionSweep.Store store;

    @Inject
    private RetentionWarnings warnings;

    /** The rule as the operator set it now. */
    public Retention rule() {
        return new Retention(settings.getRetentionDays(), settings.getRetentionWarningDays());
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public RetentionSweep.Result run(Instant now) {
        return new RetentionSweep(rule(), store, warnings).run(now);
    }
}
