package org.bitpoll.vote.domain;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bitpoll.poll.domain.AnswerValue;
import org.bitpoll.poll.domain.Choice;
import org.bitpoll.poll.domain.ChoiceDraft;
import org.bitpoll.poll.domain.DefaultAnswers;
import org.bitpoll.poll.domain.ManagementKey;
import org.bitpoll.poll.domain.NewPoll;
import org.bitpoll.poll.domain.Poll;
import org.bitpoll.poll.domain.PollType;

/**
 * Stored-looking polls for the vote domain tests: a free-text poll with the options A, B and C and the four default
 * answer values, all with fixed ids, built through the poll's own verbs and given ids by reflection.
 */
final class VoteFixtures {

    static final Instant NOW = Instant.parse("2030-01-15T10:00:00Z");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static final long POLL_ID = 42L;
    static final long OTHER_POLL_ID = 43L;

    static final long A = 101L;
    static final long B = 102L;
    static final long C = 103L;

    static final long YES = 201L;
    static final long NO = 202L;
    static final long MAYBE = 203L;
    static final long RATHER_NOT = 204L;

    /** An id that is neither an option nor an answer value of any fixture poll. */
    static final long UNKNOWN = 999L;

    static final long ALICE = 7L;
    static final long BOB = 8L;

    private static final Map<String, Long> VALUE_IDS =
            Map.of("yes", YES, "no", NO, "maybe", MAYBE, "rather not", RATHER_NOT);
    private static final Map<String, Long> CHOICE_IDS = Map.of("A", A, "B", B, "C", C);

    private VoteFixtures() {}

    static PollBuilder aPoll() {
        return new PollBuilder();
    }

    /** The poll settings that {@link NewPoll} carries; everything off by default. */
    static final class PollBuilder {

        private long id = POLL_ID;
        private Instant dueDate;
        private boolean anonymousAllowed;
        private boolean requireLogin;
        private boolean requireInvitation;
        private boolean allowUnauthenticatedVoteChanges;
        private boolean oneVotePerUser;
        private boolean voteAll;

        PollBuilder id(long newId) {
            this.id = newId;
            return this;
        }

        PollBuilder dueDate(Instant due) {
            this.dueDate = due;
            return this;
        }

        PollBuilder anonymousAllowed() {
            this.anonymousAllowed = true;
            return this;
        }

        PollBuilder requireLogin() {
            this.requireLogin = true;
            return this;
        }

        PollBuilder requireInvitation() {
            this.requireInvitation = true;
            return this;
        }

        PollBuilder allowUnauthenticatedVoteChanges() {
            this.allowUnauthenticatedVoteChanges = true;
            return this;
        }

        PollBuilder oneVotePerUser() {
            this.oneVotePerUser = true;
            return this;
        }

        PollBuilder voteAll() {
            this.voteAll = true;
            return this;
        }

        Poll build() {
            NewPoll spec = new NewPoll(
                    PollType.UNIVERSAL,
                    "Lunch",
                    "lunch-" + id,
                    "",
                    dueDate,
                    BERLIN,
                    anonymousAllowed,
                    requireLogin,
                    requireInvitation,
                    allowUnauthenticatedVoteChanges,
                    oneVotePerUser,
                    voteAll,
                    false);
            Poll poll = Poll.createWithManagementKey(
                    spec,
                    ManagementKey.hash(ManagementKey.newToken()),
                    new DefaultAnswers("yes", "no", "maybe", "rather not"),
                    NOW.minusSeconds(3600));
            poll.editUniversalChoices(List.of(
                    new ChoiceDraft(null, "A", false),
                    new ChoiceDraft(null, "B", false),
                    new ChoiceDraft(null, "C", false)));
            setField(poll, Poll.class, "id", id);
            for (Choice choice : poll.getChoices()) {
                setField(choice, Choice.class, "id", CHOICE_IDS.get(choice.getText()));
            }
            for (AnswerValue value : poll.getAnswerValues()) {
                setField(value, AnswerValue.class, "id", VALUE_IDS.get(value.getTitle()));
            }
            return poll;
        }
    }

    /** Soft-deletes option C through the option editor. */
    static Poll withOptionCDeleted(Poll poll) {
        poll.editUniversalChoices(
                List.of(new ChoiceDraft(A, "A", false), new ChoiceDraft(B, "B", false), new ChoiceDraft(C, "C", true)));
        return poll;
    }

    static Voter guest() {
        return new Voter(null, null, false, Map.of());
    }

    static Voter guestHolding(long voteId, String token) {
        return new Voter(null, null, false, Map.of(voteId, token));
    }

    static Voter alice() {
        return new Voter(ALICE, "Alice Smith", false, Map.of());
    }

    static Voter bob() {
        return new Voter(BOB, "Bob Jones", false, Map.of());
    }

    static Voter manager() {
        return new Voter(null, null, true, Map.of());
    }

    /** A ballot with these (option id, value id) pairs, in pairs: {@code answers(A, YES, B, NO)}. */
    static Ballot ballot(String name, boolean anonymous, long... optionAndValue) {
        Map<Long, Ballot.Answer> answers = new HashMap<>();
        for (int i = 0; i < optionAndValue.length; i += 2) {
            answers.put(optionAndValue[i], new Ballot.Answer(optionAndValue[i + 1], ""));
        }
        return new Ballot(name, anonymous, "", answers);
    }

    /** Gives a vote the id it would get when stored. */
    static Vote stored(Vote vote, long id) {
        setField(vote, Vote.class, "id", id);
        return vote;
    }

    static void setField(Object target, Class<?> declaringClass, String name, Object value) {
        try {
            Field field = declaringClass.getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
