package org.bitpoll.vote.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.bitpoll.platform.error.Rule;
import org.bitpoll.platform.faces.RuleFields;
import org.bitpoll.vote.domain.VoteRule;

/** The fields of the vote form and the assignment form that voting rules concern. */
@ApplicationScoped
public class VoteFields implements RuleFields {

    private static final Map<Rule, String> FIELDS = Map.of(
            VoteRule.NAME_REQUIRED, "name",
            VoteRule.NAME_TOO_LONG, "name",
            VoteRule.ANONYMOUS_NOT_ALLOWED, "anonymous",
            VoteRule.ASSIGNEE_UNKNOWN, "assignee",
            VoteRule.ASSIGNEE_ALREADY_VOTED, "assignee");

    @Override
    public String fieldOf(Rule rule) {
        return FIELDS.get(rule);
    }
}
