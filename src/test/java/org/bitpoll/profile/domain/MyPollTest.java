package org.bitpoll.profile.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** "My polls" (F31): the reference's four tags. */
class MyPollTest {

    private static final Instant CREATED = Instant.parse("2030-01-01T10:00:00Z");

    @Test
    void tagsSayYesInTheReferencesOrder() {
        MyPoll poll = new MyPoll("lunch", "Lunch", null, CREATED, true, "Council", true, true, false);
        assertThat(poll.tags())
                .containsExactly(
                        new MyPoll.Tag("mypolls.tag.owner", null, true),
                        new MyPoll.Tag("mypolls.tag.group", "Council", true),
                        new MyPoll.Tag("mypolls.tag.voted", null, true),
                        new MyPoll.Tag("mypolls.tag.watching", null, true));
    }

    @Test
    void tagsSayNo() {
        MyPoll poll = new MyPoll("lunch", "Lunch", null, CREATED, false, null, false, false, false);
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
    void anInvitationAddsAFifthTag() {
        MyPoll poll = new MyPoll("lunch", "Lunch", null, CREATED, false, null, false, false, true);
        assertThat(poll.tags()).hasSize(5).last().isEqualTo(new MyPoll.Tag("mypolls.tag.invited", null, true));
    }
}
