package org.bitpoll.profile.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "My polls" (F31): the reference's four tags and the order of the list. */
class MyPollTest {

    private static final Instant CREATED = Instant.parse("2030-01-01T10:00:00Z");

    private static MyPoll poll(String slug, Instant due, Instant created) {
        return new MyPoll(slug, slug, due, created, false, null, false, false);
    }

    @Test
    void tagsSayYesInTheReferencesOrder() {
        MyPoll poll = new MyPoll("lunch", "Lunch", null, CREATED, true, "Council", true, true);
        assertThat(poll.tags())
                .containsExactly(
                        new MyPoll.Tag("mypolls.tag.owner", null, true),
                        new MyPoll.Tag("mypolls.tag.group", "Council", true),
                        new MyPoll.Tag("mypolls.tag.voted", null, true),
                        new MyPoll.Tag("mypolls.tag.watching", null, true));
    }

    @Test
    void tagsSayNo() {
        MyPoll poll = new MyPoll("lunch", "Lunch", null, CREATED, false, null, false, false);
        assertThat(poll.tags())
                .extracting(MyPoll.Tag::key)
                .containsExactly(
                        "mypolls.tag.notOwner",
                        "mypolls.tag.notOwnGroup",
                        "mypolls.tag.notVoted",
                        "mypolls.tag.notWatching");
        assertThat(poll.tags()).noneMatch(MyPoll.Tag::positive);
    }

    @Test
    void latestDueDateFirstUndatedLastThenNewestCreated() {
        MyPoll early = poll("early", Instant.parse("2030-02-01T00:00:00Z"), CREATED);
        MyPoll late = poll("late", Instant.parse("2030-03-01T00:00:00Z"), CREATED);
        MyPoll undatedOld = poll("undated-old", null, CREATED);
        MyPoll undatedNew = poll("undated-new", null, CREATED.plusSeconds(60));
        List<MyPoll> polls = new ArrayList<>(List.of(undatedOld, early, undatedNew, late));
        polls.sort(MyPoll.ORDER);
        assertThat(polls).containsExactly(late, early, undatedNew, undatedOld);
    }
}
