package org.bitpoll.group.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bitpoll.platform.error.RuleViolations.violating;

import java.lang.reflect.Field;
import java.time.Instant;
import org.bitpoll.platform.error.ForbiddenException;
import org.bitpoll.platform.error.NotFoundException;
import org.junit.jupiter.api.Test;

class GroupTest {

    private static final Long ADA = 1L;
    private static final Long BEN = 2L;
    private static final Long CAL = 3L;

    /** A group Ada made, with Ben as a member (through an accepted invitation). */
    private static Group adasGroupWithBen() {
        Group group = withId(Group.create("Team", ADA), 10L);
        group.join(new GroupInvitation(10L, BEN, ADA, Instant.EPOCH));
        return group;
    }

    private static Group withId(Group group, Long id) {
        try {
            Field field = Group.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(group, id);
            return group;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theCreatorIsMemberAndAdmin() {
        Group group = Group.create("Team", ADA);

        assertThat(group.getMembers()).containsExactly(ADA);
        assertThat(group.getAdmins()).containsExactly(ADA);
        assertThat(group.isDirectory()).isFalse();
    }

    @Test
    void aBadNameMakesNoGroup() {
        assertThatThrownBy(() -> Group.create("1st", ADA)).is(violating(GroupRule.NAME_INVALID));
        assertThatThrownBy(() -> Group.create("ab", ADA)).is(violating(GroupRule.NAME_TOO_SHORT));
    }

    @Test
    void theSoleAdminCannotLeave() {
        Group group = adasGroupWithBen();

        assertThatThrownBy(() -> group.leave(ADA)).is(violating(GroupRule.SOLE_ADMIN));
        assertThat(group.getMembers()).contains(ADA);
        assertThat(group.getAdmins()).containsExactly(ADA);
    }

    @Test
    void theLastAdminCanNeitherBeRemovedNorRevoked() {
        Group group = adasGroupWithBen();

        assertThatThrownBy(() -> group.remove(ADA, ADA)).is(violating(GroupRule.LAST_ADMIN));
        assertThatThrownBy(() -> group.revokeAdmin(ADA, ADA)).is(violating(GroupRule.LAST_ADMIN));
        assertThat(group.getAdmins()).containsExactly(ADA);
        assertThat(group.getMembers()).containsExactlyInAnyOrder(ADA, BEN);
    }

    @Test
    void withASecondAdminTheFirstMayLeaveOrBeRevoked() {
        Group group = adasGroupWithBen();
        group.grantAdmin(ADA, BEN);

        group.revokeAdmin(BEN, ADA);
        assertThat(group.getAdmins()).containsExactly(BEN);

        group.grantAdmin(BEN, ADA);
        group.leave(ADA);
        assertThat(group.getMembers()).containsExactly(BEN);
        assertThat(group.getAdmins()).containsExactly(BEN);
    }

    @Test
    void aMemberWhoIsNoAdminLeavesFreely() {
        Group group = adasGroupWithBen();

        group.leave(BEN);

        assertThat(group.getMembers()).containsExactly(ADA);
    }

    @Test
    void anAdminRemovesAMemberAndTheirAdminRight() {
        Group group = adasGroupWithBen();
        group.grantAdmin(ADA, BEN);

        group.remove(ADA, BEN);

        assertThat(group.getMembers()).containsExactly(ADA);
        assertThat(group.getAdmins()).containsExactly(ADA);
    }

    @Test
    void onlyAdminsActOnMembers() {
        Group group = adasGroupWithBen();

        assertThatThrownBy(() -> group.remove(BEN, ADA)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> group.grantAdmin(BEN, BEN)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> group.revokeAdmin(BEN, ADA)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> group.requireDeletableBy(BEN)).isInstanceOf(ForbiddenException.class);
        assertThat(group.getAdmins()).containsExactly(ADA);
    }

    @Test
    void someoneWhoIsNoMemberIsNotFoundInTheGroup() {
        Group group = adasGroupWithBen();

        assertThatThrownBy(() -> group.remove(ADA, CAL)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> group.grantAdmin(ADA, CAL)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> group.leave(CAL)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void membersAndInviteesCannotBeInvitedAgain() {
        Group group = adasGroupWithBen();

        assertThatThrownBy(() -> group.checkInvitable(BEN, "ben", false)).is(violating(GroupRule.ALREADY_MEMBER));
        assertThatThrownBy(() -> group.checkInvitable(CAL, "cal", true)).is(violating(GroupRule.ALREADY_INVITED));
        group.checkInvitable(CAL, "cal", false);
    }

    @Test
    void anInvitationToAnotherGroupJoinsNothing() {
        Group group = adasGroupWithBen();

        assertThatThrownBy(() -> group.join(new GroupInvitation(11L, CAL, ADA, Instant.EPOCH)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(group.isMember(CAL)).isFalse();
    }

    @Test
    void membersAndInviteesSeeTheGroupOthersDoNot() {
        Group group = adasGroupWithBen();

        assertThat(group.isVisibleTo(BEN, false)).isTrue();
        assertThat(group.isVisibleTo(CAL, true)).isTrue();
        assertThat(group.isVisibleTo(CAL, false)).isFalse();
        assertThat(group.isVisibleTo(null, false)).isFalse();
    }

    @Test
    void aDirectoryGroupFollowsTheDirectoryAndNothingElse() {
        Group group = withId(Group.directory("staff"), 12L);

        assertThat(group.syncDirectoryMember(BEN, true)).isTrue();
        assertThat(group.syncDirectoryMember(BEN, true)).isFalse();
        assertThat(group.isMember(BEN)).isTrue();
        assertThat(group.getAdmins()).isEmpty();
        assertThatThrownBy(() -> group.leave(BEN)).is(violating(GroupRule.DIRECTORY_GROUP));
        assertThatThrownBy(() -> group.checkInvitable(CAL, "cal", false)).is(violating(GroupRule.DIRECTORY_GROUP));
        assertThatThrownBy(() -> group.requireDeletableBy(BEN)).is(violating(GroupRule.DIRECTORY_GROUP));

        assertThat(group.syncDirectoryMember(BEN, false)).isTrue();
        assertThat(group.isMember(BEN)).isFalse();
    }

    @Test
    void aLocalGroupDoesNotFollowTheDirectory() {
        Group group = adasGroupWithBen();

        assertThatThrownBy(() -> group.syncDirectoryMember(CAL, true)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void namesAreShownAsFullNameAndUserName() {
        assertThat(MemberNames.label("Ada", "Lovelace", "ada")).isEqualTo("Ada Lovelace (ada)");
        assertThat(MemberNames.label("", " ", "ada")).isEqualTo("ada");
        assertThat(MemberNames.label("Ada", "", "ada")).isEqualTo("Ada (ada)");
    }
}
