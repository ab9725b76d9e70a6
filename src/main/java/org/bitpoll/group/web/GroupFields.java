package org.bitpoll.group.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.bitpoll.group.domain.GroupRule;
import org.bitpoll.platform.error.Rule;
import org.bitpoll.platform.faces.RuleFields;

/**
 * The fields of the groups forms that group rules concern: the name of a new group and the invite field. The
 * admin rules (the last admin) and directory groups are shown at the top of the page.
 */
@ApplicationScoped
public class GroupFields implements RuleFields {

    private static final Map<Rule, String> FIELDS = Map.of(
            GroupRule.NAME_INVALID, "groupName",
            GroupRule.NAME_TOO_SHORT, "groupName",
            GroupRule.NAME_TOO_LONG, "groupName",
            GroupRule.NAME_TAKEN, "groupName",
            GroupRule.INVITEES_REQUIRED, "invitees",
            GroupRule.NO_SUCH_USER, "invitees",
            GroupRule.ALREADY_INVITED, "invitees",
            GroupRule.ALREADY_MEMBER, "invitees");

    @Override
    public String fieldOf(Rule rule) {
        return FIELDS.get(rule);
    }
}
