package org.bitpoll.poll.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One run of the retention rule ({@link Retention}) over all polls: warns the owners of the polls whose warning
 * day has come and deletes the polls whose deletion day has come. A warning is recorded only when at least one of
 * its mails was accepted by the mail server; a mail that fails is counted, and the poll is warned again at the
 * next run (and so not deleted before its owner had the full warning period).
 */
public final class RetentionSweep {

    /** A poll as the sweep sees it: its URL name, title and retention dates. */
    public record Candidate(Long id, String slug, String title, RetentionDates dates) {}

    /** Someone the warning of a poll goes to: a mail address, and the language and time zone of its account. */
    public record Recipient(String email, Locale language, ZoneId zone) {}

    /** Where the sweep reads and changes polls; each call is its own transaction. */
    public interface Store {

        /** Every poll with its retention dates. */
        List<Candidate> candidates();

        /**
         * Who is warned of a poll's deletion: the owner account if it has a mail address, else the admins of the
         * owning group with one, else its members with one; empty when nobody can be mailed.
         */
        List<Recipient> recipients(Long pollId);

        void markWarned(Long pollId, Instant at);

        /** Deletes these polls with everything that belongs to them. */
        void delete(List<Long> pollIds);
    }

    /** Sends the warning of one poll to one recipient; false when the mail could not be sent. */
    public interface Warnings {
        boolean send(Recipient to, Candidate poll, Instant deletion);
    }

    /** What a run did: owners warned (polls), warnings that failed (polls), polls deleted. */
    public record Result(int warned, int warningsFailed, int deleted) {}

    private final Retention retention;
    private final Store store;
    private final Warnings warnings;

    public RetentionSweep(Retention retention, Store store, Warnings warnings) {
        this.retention = Objects.requireNonNull(retention);
        this.store = Objects.requireNonNull(store);
        this.warnings = Objects.requireNonNull(warnings);
    }

    public Result run(Instant now) {
        if (retention.off()) {
            return new Result(0, 0, 0);
        }
        int warned = 0;
        int failed = 0;
        List<Long> doomed = new ArrayList<>();
        for (Candidate poll : store.candidates()) {
            if (retention.decide(poll.dates(), true, now) == Retention.Decision.KEEP) {
                continue;
            }
            List<Recipient> recipients = store.recipients(poll.id());
            switch (retention.decide(poll.dates(), !recipients.isEmpty(), now)) {
                case KEEP -> {}
                case DELETE -> doomed.add(poll.id());
                case WARN -> {
                    Instant deletion = retention.deletionDate(poll.dates(), true, now);
                    boolean sent = false;
                    for (Recipient recipient : recipients) {
                        sent |= warnings.send(recipient, poll, deletion);
                    }
                    if (sent) {
                        store.markWarned(poll.id(), now);
                        warned++;
                    } else {
                        failed++;
                    }
                }
            }
        }
        store.delete(doomed);
        return new Result(warned, failed, doomed.size());
    }
}
