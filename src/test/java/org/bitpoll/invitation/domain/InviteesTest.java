package org.bitpoll.invitation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bitpoll.platform.error.RuleViolation;
import org.junit.jupiter.api.Test;

/** Typed names resolve to users first, then to groups' members now; an unknown name refuses the whole input. */
class InviteesTest {

    private static final Map<String, Long> USERS = Map.of("anna", 1L, "bert", 2L, "carla", 3L);
    private static final Map<String, List<Long>> GROUPS = Map.of("council", List.of(2L, 3L, 4L), "empty", List.of());

    private static final Invitees.Directory DIRECTORY = new Invitees.Directory() {
        @Override
        public Optional<Long> account(String username) {
            return Optional.ofNullable(USERS.get(username));
        }

        @Override
        public Optional<List<Long>> groupMembers(String groupName) {
            return Optional.ofNullable(GROUPS.get(groupName));
        }
    };

    private static RuleViolation refused(String typed) {
        try {
            Invitees.plan(typed, DIRECTORY, Set.of());
        } catch (RuleViolation violation) {
            return violation;
        }
        throw new AssertionError("not refused: " + typed);
    }

    @Test
    void usersAndGroupMembersAreInvitedOnceInTheOrderNamed() {
        Invitees.Plan plan = Invitees.plan(" bert,anna  council anna ", DIRECTORY, Set.of());

        assertThat(plan.toInvite()).containsExactly(2L, 1L, 3L, 4L);
        assertThat(plan.alreadyInvited()).isEmpty();
    }

    @Test
    void aUserNamedDirectlyWhoIsInvitedIsReportedAGroupMemberSilentlySkipped() {
        Invitees.Plan plan = Invitees.plan("anna council", DIRECTORY, Set.of(1L, 3L));

        assertThat(plan.toInvite()).containsExactly(2L, 4L);
        assertThat(plan.alreadyInvited()).containsExactly("anna");
    }

    @Test
    void aNameThatIsNeitherUserNorGroupRefusesEverythingAndNamesEachUnknownName() {
        RuleViolation violation = refused("anna nobody council ghost");

        assertThat(violation.rule()).isEqualTo(InvitationRule.UNKNOWN_NAMES);
        assertThat(violation.arguments()).containsExactly("\"nobody\", \"ghost\"");
    }

    @Test
    void anEmptyGroupInvitesNobody() {
        assertThat(Invitees.plan("empty", DIRECTORY, Set.of()).toInvite()).isEmpty();
    }

    @Test
    void emptyInputAndTooManyNamesAreRefused() {
        assertThat(refused("  , ").rule()).isEqualTo(InvitationRule.NAMES_REQUIRED);
        assertThatThrownBy(() -> Invitees.names(null)).isInstanceOf(RuleViolation.class);
        StringBuilder many = new StringBuilder();
        for (int i = 0; i <= Invitees.MAX_NAMES; i++) {
            many.append("user").append(i).append(' ');
        }
        assertThat(refused(many.toString()).rule()).isEqualTo(InvitationRule.TOO_MANY_NAMES);
    }
}
