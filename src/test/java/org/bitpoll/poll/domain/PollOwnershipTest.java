package org.bitpoll.poll.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bitpoll.platform.error.RuleViolations.violating;

import java.util.Map;
import java.util.Set;
import org.bitpoll.platform.error.ForbiddenException;
import org.bitpoll.poll.domain.PollTest.FixedIdAccount;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Ownership with identities (F2 with product decision 1): creator, claim, handover, groups, the link. */
class PollOwnershipTest {

    private static final long POLL_ID = 42L;
    private static final long ALICE = 7L;
    private static final long BOB = 8L;
    private static final long STAFF = 3L;
    private static final long OTHERS = 4L;
    private static final String TOKEN = ManagementKey.newToken();

    private static Poll ownedBy(long accountId) {
        Poll poll = Poll.createOwned(
                PollTest.spec(PollType.DATE, "T", "t"),
                new FixedIdAccount(accountId),
                ManagementFixtures.ANSWERS,
                ManagementFixtures.NOW);
        PollTest.setId(poll, POLL_ID);
        return poll;
    }

    private static Poll guardedByLink() {
        Poll poll = Poll.createWithManagementKey(
                PollTest.spec(PollType.DATE, "T", "t"),
                ManagementKey.hash(TOKEN),
                ManagementFixtures.ANSWERS,
                ManagementFixtures.NOW);
        PollTest.setId(poll, POLL_ID);
        return poll;
    }

    private static Manager account(long id, Long... groups) {
        return new Manager(id, Set.of(groups), false, Map.of());
    }

    private static Manager accountHoldingTheLink(long id) {
        return new Manager(id, Set.of(), false, Map.of(POLL_ID, TOKEN));
    }

    private static Manager siteAdmin(long id) {
        return new Manager(id, Set.of(), true, Map.of());
    }

    @Test
    void aLoggedInCreatorOwnsThePollWithoutALink() {
        Poll poll = ownedBy(ALICE);

        assertThat(poll.hasOwner()).isTrue();
        assertThat(poll.hasManagementKey()).isFalse();
        assertThat(poll.canBeManagedBy(account(ALICE))).isTrue();
        assertThat(poll.canBeManagedBy(account(BOB))).isFalse();
    }

    @Nested
    class Claim {

        @Test
        void aLoggedInHolderOfTheLinkClaimsAPollNobodyOwns() {
            Poll poll = guardedByLink();
            Manager alice = accountHoldingTheLink(ALICE);

            assertThat(poll.mayBeClaimedBy(alice)).isTrue();
            poll.claim(new FixedIdAccount(ALICE), alice);

            assertThat(poll.getOwner().getId()).isEqualTo(ALICE);
            assertThat(poll.canBeManagedBy(account(ALICE))).isTrue();
        }

        @Test
        void theLinkKeepsWorkingForTheOthersWhoHoldItAfterAClaim() {
            Poll poll = guardedByLink();
            poll.claim(new FixedIdAccount(ALICE), accountHoldingTheLink(ALICE));

            assertThat(poll.hasManagementKey()).isTrue();
            assertThat(poll.canBeManagedBy(Manager.guest(Map.of(POLL_ID, TOKEN))))
                    .isTrue();
        }

        @Test
        void aClaimedPollCannotBeClaimedAgain() {
            Poll poll = guardedByLink();
            poll.claim(new FixedIdAccount(ALICE), accountHoldingTheLink(ALICE));

            assertThat(poll.mayBeClaimedBy(accountHoldingTheLink(BOB))).isFalse();
            assertThatThrownBy(() -> poll.claim(new FixedIdAccount(BOB), accountHoldingTheLink(BOB)))
                    .is(violating(PollRule.ALREADY_OWNED));
            assertThat(poll.getOwner().getId()).isEqualTo(ALICE);
        }

        @Test
        void aGuestHoldingTheLinkCannotClaim() {
            Poll poll = guardedByLink();
            Manager guest = Manager.guest(Map.of(POLL_ID, TOKEN));

            assertThat(poll.mayBeClaimedBy(guest)).isFalse();
            assertThatThrownBy(() -> poll.claim(new FixedIdAccount(ALICE), guest))
                    .isInstanceOf(ForbiddenException.class);
            assertThat(poll.hasOwner()).isFalse();
        }

        @Test
        void anAccountWithoutTheLinkCannotClaimNotEvenASiteAdministrator() {
            Poll poll = guardedByLink();

            assertThat(poll.mayBeClaimedBy(account(BOB))).isFalse();
            assertThatThrownBy(() -> poll.claim(new FixedIdAccount(BOB), account(BOB)))
                    .isInstanceOf(ForbiddenException.class);
            assertThat(poll.mayBeClaimedBy(siteAdmin(BOB))).isFalse();
            assertThat(poll.hasOwner()).isFalse();
        }

        @Test
        void aClaimIsForTheClaimerOnly() {
            Poll poll = guardedByLink();

            assertThatThrownBy(() -> poll.claim(new FixedIdAccount(BOB), accountHoldingTheLink(ALICE)))
                    .isInstanceOf(ForbiddenException.class);
            assertThat(poll.hasOwner()).isFalse();
        }
    }

    @Nested
    class HandOver {

        @Test
        void theOwnerHandsThePollToAnotherAccountAndNoLongerManagesIt() {
            Poll poll = ownedBy(ALICE);

            poll.handOver(new FixedIdAccount(BOB), null, account(ALICE));

            assertThat(poll.getOwner().getId()).isEqualTo(BOB);
            assertThat(poll.canBeManagedBy(account(BOB))).isTrue();
            assertThat(poll.canBeManagedBy(account(ALICE))).isFalse();
        }

        @Test
        void aStrangerCannotHandThePollOver() {
            Poll poll = ownedBy(ALICE);

            assertThatThrownBy(() -> poll.handOver(new FixedIdAccount(BOB), null, account(BOB)))
                    .isInstanceOf(ForbiddenException.class);
            assertThat(poll.getOwner().getId()).isEqualTo(ALICE);
        }

        @Test
        void aGuestHoldingTheLinkManagesButCannotChangeTheOwner() {
            Poll poll = guardedByLink();
            Manager guest = Manager.guest(Map.of(POLL_ID, TOKEN));

            assertThat(poll.canBeManagedBy(guest)).isTrue();
            assertThatThrownBy(() -> poll.handOver(new FixedIdAccount(BOB), null, guest))
                    .isInstanceOf(ForbiddenException.class)
                    .hasMessage("error.owner.loginRequired");
        }

        @Test
        void aSiteAdministratorHandsOverAStrangersPoll() {
            Poll poll = ownedBy(ALICE);

            poll.handOver(new FixedIdAccount(BOB), null, siteAdmin(99L));

            assertThat(poll.getOwner().getId()).isEqualTo(BOB);
        }

        @Test
        void theOwnerHandsThePollToTheirGroupWhoseMembersThenManageIt() {
            Poll poll = ownedBy(ALICE);

            poll.handOver(null, STAFF, account(ALICE, STAFF));

            assertThat(poll.getOwner()).isNull();
            assertThat(poll.getOwnerGroupId()).isEqualTo(STAFF);
            assertThat(poll.canBeManagedBy(account(BOB, STAFF))).isTrue();
            assertThat(poll.canBeManagedBy(account(BOB, OTHERS))).isFalse();
            assertThat(poll.canBeManagedBy(account(ALICE))).isFalse();
        }

        @Test
        void aGroupTheManagerDoesNotBelongToIsRefused() {
            Poll poll = ownedBy(ALICE);

            assertThatThrownBy(() -> poll.handOver(null, OTHERS, account(ALICE, STAFF)))
                    .is(violating(PollRule.NOT_YOUR_GROUP));
            assertThat(poll.getOwnerGroupId()).isNull();
            assertThat(poll.getOwner().getId()).isEqualTo(ALICE);
        }

        @Test
        void theCurrentGroupIsKeptEvenByAManagerOutsideIt() {
            Poll poll = ownedBy(ALICE);
            poll.handOver(new FixedIdAccount(ALICE), STAFF, account(ALICE, STAFF));

            poll.handOver(new FixedIdAccount(BOB), STAFF, siteAdmin(99L));

            assertThat(poll.getOwnerGroupId()).isEqualTo(STAFF);
            assertThat(poll.getOwner().getId()).isEqualTo(BOB);
        }

        @Test
        void nobodyMayOwnAPollWithoutAManagementLink() {
            Poll poll = ownedBy(ALICE);

            assertThatThrownBy(() -> poll.handOver(null, null, account(ALICE))).is(violating(PollRule.OWNER_REQUIRED));
            assertThat(poll.getOwner().getId()).isEqualTo(ALICE);
        }

        @Test
        void aClaimedPollMayGoBackToTheHoldersOfItsLink() {
            Poll poll = guardedByLink();
            poll.claim(new FixedIdAccount(ALICE), accountHoldingTheLink(ALICE));

            poll.handOver(null, null, account(ALICE));

            assertThat(poll.hasOwner()).isFalse();
            assertThat(poll.canBeManagedBy(Manager.guest(Map.of(POLL_ID, TOKEN))))
                    .isTrue();
        }
    }

    @Nested
    class RetireTheLink {

        @Test
        void theOwnerRetiresTheLinkOfAClaimedPoll() {
            Poll poll = guardedByLink();
            poll.claim(new FixedIdAccount(ALICE), accountHoldingTheLink(ALICE));

            poll.retireManagementLink(account(ALICE));

            assertThat(poll.hasManagementKey()).isFalse();
            assertThat(poll.canBeManagedBy(Manager.guest(Map.of(POLL_ID, TOKEN))))
                    .isFalse();
            assertThat(poll.canBeManagedBy(account(ALICE))).isTrue();
        }

        @Test
        void aPollNobodyOwnsKeepsItsLink() {
            Poll poll = guardedByLink();

            assertThatThrownBy(() -> poll.retireManagementLink(accountHoldingTheLink(ALICE)))
                    .is(violating(PollRule.LINK_NEEDED_WITHOUT_OWNER));
            assertThat(poll.hasManagementKey()).isTrue();
        }

        @Test
        void aGuestHoldingTheLinkCannotRetireIt() {
            Poll poll = guardedByLink();
            poll.claim(new FixedIdAccount(ALICE), accountHoldingTheLink(ALICE));

            assertThatThrownBy(() -> poll.retireManagementLink(Manager.guest(Map.of(POLL_ID, TOKEN))))
                    .isInstanceOf(ForbiddenException.class);
            assertThat(poll.hasManagementKey()).isTrue();
        }
    }
}
