package org.bitpoll.invitation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.bitpoll.platform.error.RuleViolation;
import org.junit.jupiter.api.Test;

/** An invitation is mailed again at most once in 12 hours, and the automatic reminder counts as a mail. */
class InvitationTest {

    private static final Instant INVITED = Instant.parse("2030-03-01T08:00:00Z");

    private static Invitation invitation() {
        return new Invitation(1L, 2L, 3L, INVITED);
    }

    @Test
    void aNewInvitationIsPendingAndMayBeMailed() {
        Invitation invitation = invitation();

        assertThat(invitation.isFulfilled()).isFalse();
        assertThat(invitation.mayBeMailedAgain(INVITED)).isTrue();
        assertThat(invitation.getRemindedAt()).isNull();
    }

    @Test
    void aResendWithinTwelveHoursOfTheLastMailIsRefusedWithTheInviteesName() {
        Invitation invitation = invitation();
        invitation.mailed(INVITED);

        assertThatThrownBy(() ->
                        invitation.checkResend(INVITED.plus(Duration.ofHours(11).plusMinutes(59)), "Anna"))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.rule()).isEqualTo(InvitationRule.RESENT_TOO_SOON);
                    assertThat(violation.arguments()).containsExactly("Anna");
                });
        assertThatCode(() -> invitation.checkResend(INVITED.plus(Duration.ofHours(12)), "Anna"))
                .doesNotThrowAnyException();
    }

    @Test
    void theAutomaticReminderIsRecordedAndCountsAsAMail() {
        Invitation invitation = invitation();
        Instant reminded = INVITED.plus(Duration.ofDays(2));

        invitation.reminded(reminded);

        assertThat(invitation.getRemindedAt()).isEqualTo(reminded);
        assertThat(invitation.getLastEmail()).isEqualTo(reminded);
        assertThat(invitation.mayBeMailedAgain(reminded.plus(Duration.ofHours(1))))
                .isFalse();
    }

    @Test
    void reminderDaysAreZeroToAYear() {
        assertThat(new PollReminder(1L, 0).getDaysBefore()).isZero();
        assertThat(new PollReminder(1L, PollReminder.MAX_DAYS_BEFORE).getDaysBefore())
                .isEqualTo(365);
        assertThatThrownBy(() -> new PollReminder(1L, -1))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        violation -> assertThat(violation.rule()).isEqualTo(InvitationRule.REMINDER_DAYS_INVALID));
        assertThatThrownBy(() -> PollReminder.checked(366)).isInstanceOf(RuleViolation.class);
        assertThat(PollReminder.parse(" 3 ")).isEqualTo(3);
        for (String bad : new String[] {null, "", "-1", "2.5", "x", "366", "99999"}) {
            assertThatThrownBy(() -> PollReminder.parse(bad)).as(bad).isInstanceOf(RuleViolation.class);
        }
    }
}
