package org.bitpoll.invitation.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.bitpoll.invitation.domain.InvitationRule;
import org.bitpoll.platform.error.Rule;
import org.bitpoll.platform.faces.RuleFields;

/** The fields of the invitations page that invitation rules concern. */
@ApplicationScoped
public class InvitationFields implements RuleFields {

    private static final Map<Rule, String> FIELDS = Map.of(
            InvitationRule.NAMES_REQUIRED, "inviteeNames",
            InvitationRule.UNKNOWN_NAMES, "inviteeNames",
            InvitationRule.TOO_MANY_NAMES, "inviteeNames",
            InvitationRule.REMINDER_DAYS_INVALID, "reminderDays");

    @Override
    public String fieldOf(Rule rule) {
        return FIELDS.get(rule);
    }
}
