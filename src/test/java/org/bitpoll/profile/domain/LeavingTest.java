package org.bitpoll.profile.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.bitpoll.poll.domain.PollRepository.Owned;
import org.junit.jupiter.api.Test;

/** Deleting an account: which polls go with it, and the confirmation of the list. */
class LeavingTest {

    private static final Owned ALONE = new Owned(1L, "alone", "Alone", null, false);
    private static final Owned WITH_GROUP = new Owned(2L, "council", "Council", 7L, false);
    private static final Owned ALSO_ALONE = new Owned(3L, "other", "Other", null, false);
    private static final Owned CLAIMED_WITH_LINK = new Owned(4L, "claimed", "Claimed", null, true);

    @Test
    void pollsOwnedAloneGoWithTheAccountGroupAndLinkPollsStay() {
        assertThat(Leaving.ownedOnlyByLeaver(ALONE)).isTrue();
        assertThat(Leaving.ownedOnlyByLeaver(WITH_GROUP)).isFalse();
        assertThat(Leaving.ownedOnlyByLeaver(CLAIMED_WITH_LINK)).isFalse();
        assertThat(Leaving.pollsDeletedWith(List.of(ALONE, WITH_GROUP, ALSO_ALONE, CLAIMED_WITH_LINK)))
                .containsExactly(ALONE, ALSO_ALONE);
    }

    @Test
    void theDeletionMustMatchTheConfirmedList() {
        List<Owned> now = List.of(ALONE, ALSO_ALONE);
        assertThat(Leaving.confirmed(now, Set.of(1L, 3L))).isTrue();
        assertThat(Leaving.confirmed(now, Set.of(1L))).isFalse();
        assertThat(Leaving.confirmed(List.of(), Set.of())).isTrue();
        assertThat(Leaving.confirmed(List.of(ALONE), Set.of(1L, 3L))).isFalse();
    }
}
