package org.bitpoll.invitation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import org.bitpoll.platform.error.RuleViolation;
import org.bitpoll.platform.persistence.BaseEntity;

/**
 * A poll's automatic reminder, as its managers set it: the invitees who have not voted are reminded this many days
 * before the poll's due date (0: never). A poll without one follows the operator's default.
 */
@Entity
@Table(name = "poll_reminder")
public class PollReminder extends BaseEntity {

    /** The most days before the due date a reminder may go out. */
    public static final int MAX_DAYS_BEFORE = 365;

    @Id
    @Column(name = "poll_id")
    private Long pollId;

    @Column(name = "days_before", nullable = false)
    private int daysBefore;

    protected PollReminder() {}

    public PollReminder(Long pollId, int daysBefore) {
        this.pollId = Objects.requireNonNull(pollId);
        change(daysBefore);
    }

    /** Sets the days before the due date; 0 turns the automatic reminder off. */
    public void change(int days) {
        daysBefore = checked(days);
    }

    /** The days a manager typed (blanks around them ignored), or a refusal naming the allowed range. */
    public static int parse(String typed) {
        String days = typed == null ? "" : typed.strip();
        if (!days.matches("[0-9]{1,4}")) {
            throw new RuleViolation(InvitationRule.REMINDER_DAYS_INVALID, MAX_DAYS_BEFORE);
        }
        return checked(Integer.parseInt(days));
    }

    /** A number of days a manager may choose: 0 to {@link #MAX_DAYS_BEFORE}. */
    public static int checked(int days) {
        if (days < 0 || days > MAX_DAYS_BEFORE) {
            throw new RuleViolation(InvitationRule.REMINDER_DAYS_INVALID, MAX_DAYS_BEFORE);
        }
        return days;
    }

    @Override
    public Long getId() {
        return pollId;
    }

    public int getDaysBefore() {
        return daysBefore;
    }
}
