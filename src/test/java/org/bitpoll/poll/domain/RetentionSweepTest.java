package org.bitpoll.poll.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bitpoll.poll.domain.RetentionSweep.Candidate;
import org.bitpoll.poll.domain.RetentionSweep.Recipient;
import org.junit.jupiter.api.Test;

/** One retention run over polls kept in memory, with a fixed clock and a mail server that works or fails. */
class RetentionSweepTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2030-07-01T03:15:00Z"), ZoneOffset.UTC);
    private static final Instant NOW = CLOCK.instant();
    private static final Recipient ANNA = new Recipient("anna@example.org", Locale.GERMAN, ZoneId.of("Europe/Berlin"));
    private static final Recipient GIO = new Recipient("gio@example.org", Locale.ITALIAN, ZoneId.of("Europe/Rome"));

    /** The polls, their recipients, and what the sweep did to them. */
    private final Map<Long, Candidate> polls = new LinkedHashMap<>();

    private final Map<Long, List<Recipient>> recipients = new HashMap<>();
    private final List<String> mails = new ArrayList<>();
    private boolean mailServerUp = true;

    private final RetentionSweep.Store store = new RetentionSweep.Store() {
        @Override
        public List<Candidate> candidates() {
            return List.copyOf(polls.values());
        }

        @Override
        public List<Recipient> recipients(Long pollId) {
            return recipients.getOrDefault(pollId, List.of());
        }

        @Override
        public void markWarned(Long pollId, Instant at) {
            Candidate poll = polls.get(pollId);
            RetentionDates d = poll.dates();
            polls.put(
                    pollId,
                    new Candidate(
                            pollId,
                            poll.slug(),
                            poll.title(),
                            new RetentionDates(d.created(), d.dueDate(), d.lastOption(), d.lastVote(), at)));
        }

        @Override
        public void delete(List<Long> pollIds) {
            pollIds.forEach(polls::remove);
        }
    };

    private final RetentionSweep.Warnings warnings = (to, poll, deletion) -> {
        if (!mailServerUp) {
            return false;
        }
        mails.add(to.email() + " " + poll.slug() + " " + deletion);
        return true;
    };

    private void poll(long id, long lastDateDaysAgo, Recipient... to) {
        Instant last = NOW.minus(Duration.ofDays(lastDateDaysAgo));
        polls.put(
                id,
                new Candidate(
                        id,
                        "poll-" + id,
                        "Poll " + id,
                        new RetentionDates(last.minus(Duration.ofDays(30)), null, last, null, null)));
        recipients.put(id, List.of(to));
    }

    private RetentionSweep.Result run(Retention rule, Instant now) {
        return new RetentionSweep(rule, store, warnings).run(now);
    }

    @Test
    void warnsOwnersOfOldPollsDeletesUnownedOnesAndKeepsRecentOnes() {
        poll(1, 166, ANNA);
        poll(2, 200);
        poll(3, 10, GIO);
        poll(4, 10);

        RetentionSweep.Result result = run(new Retention(180, 14), NOW);

        assertThat(result).isEqualTo(new RetentionSweep.Result(1, 0, 1));
        assertThat(mails).containsExactly("anna@example.org poll-1 " + NOW.plus(Duration.ofDays(14)));
        assertThat(polls).containsOnlyKeys(1L, 3L, 4L);
        assertThat(polls.get(1L).dates().warnedAt()).isEqualTo(NOW);
    }

    @Test
    void theWarningIsSentOnceAndThePollDeletedAfterTheWarningPeriod() {
        poll(1, 170, ANNA);
        Retention rule = new Retention(180, 14);

        run(rule, NOW);
        RetentionSweep.Result nextDay = run(rule, NOW.plus(Duration.ofDays(1)));
        RetentionSweep.Result lastDateRuleDue = run(rule, NOW.plus(Duration.ofDays(10)));
        RetentionSweep.Result deletionDay = run(rule, NOW.plus(Duration.ofDays(14)));

        assertThat(nextDay).isEqualTo(new RetentionSweep.Result(0, 0, 0));
        assertThat(lastDateRuleDue)
                .as("warned four days late: the owner still gets 14 days")
                .isEqualTo(new RetentionSweep.Result(0, 0, 0));
        assertThat(deletionDay).isEqualTo(new RetentionSweep.Result(0, 0, 1));
        assertThat(mails).hasSize(1);
        assertThat(polls).isEmpty();
    }

    @Test
    void everyRecipientOfAGroupPollIsWarned() {
        poll(1, 170, ANNA, GIO);

        run(new Retention(180, 14), NOW);

        assertThat(mails).hasSize(2);
    }

    @Test
    void whileTheMailServerIsDownNothingOwnedIsDeletedAndTheWarningWaitsForIt() {
        poll(1, 400, ANNA);
        poll(2, 400);
        Retention rule = new Retention(180, 14);
        mailServerUp = false;

        RetentionSweep.Result down = run(rule, NOW);
        RetentionSweep.Result stillDown = run(rule, NOW.plus(Duration.ofDays(30)));

        assertThat(down).isEqualTo(new RetentionSweep.Result(0, 1, 1));
        assertThat(stillDown).isEqualTo(new RetentionSweep.Result(0, 1, 0));
        assertThat(polls).containsOnlyKeys(1L);
        assertThat(polls.get(1L).dates().warnedAt()).isNull();

        mailServerUp = true;
        Instant back = NOW.plus(Duration.ofDays(31));
        assertThat(run(rule, back)).isEqualTo(new RetentionSweep.Result(1, 0, 0));
        assertThat(run(rule, back.plus(Duration.ofDays(13)))).isEqualTo(new RetentionSweep.Result(0, 0, 0));
        assertThat(run(rule, back.plus(Duration.ofDays(14)))).isEqualTo(new RetentionSweep.Result(0, 0, 1));
    }

    @Test
    void retentionZeroTouchesNothing() {
        poll(1, 5000, ANNA);
        poll(2, 5000);

        assertThat(run(new Retention(0, 14), NOW)).isEqualTo(new RetentionSweep.Result(0, 0, 0));
        assertThat(polls).hasSize(2);
        assertThat(mails).isEmpty();
    }
}
