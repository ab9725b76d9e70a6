package org.bitpoll.poll.domain;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.ZoneId;

/** Polls for the tests of the management rules (settings, answer values, closing, copying). */
final class ManagementFixtures {

    static final Instant NOW = Instant.parse("2030-01-15T10:00:00Z");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final DefaultAnswers ANSWERS = new DefaultAnswers("yes", "no", "maybe", "rather not");

    private ManagementFixtures() {}

    static Poll poll(PollType type) {
        NewPoll spec = new NewPoll(
                type,
                "Team meeting",
                "team-meeting",
                "The *agenda*",
                null,
                BERLIN,
                true,
                false,
                false,
                false,
                true,
                false,
                false);
        return Poll.createWithManagementKey(spec, ManagementKey.hash(ManagementKey.newToken()), ANSWERS, NOW);
    }

    /** Gives the poll's options and answer values ids, as if the poll had been stored. */
    static Poll stored(Poll poll) {
        setId(poll, 42L);
        long id = 100;
        for (Choice choice : poll.getChoices()) {
            if (choice.getId() == null) {
                setId(choice, id++);
            }
        }
        id = 200;
        for (AnswerValue value : poll.getAnswerValues()) {
            if (value.getId() == null) {
                setId(value, id++);
            }
        }
        return poll;
    }

    static void setId(Object entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
