package org.bitpoll.account.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.bitpoll.account.domain.AccountRule;
import org.bitpoll.platform.error.Rule;
import org.bitpoll.platform.faces.RuleFields;

/** The fields of the account settings form that account rules concern. */
@ApplicationScoped
public class AccountFields implements RuleFields {

    private static final Map<Rule, String> FIELDS = Map.of(
            AccountRule.DISPLAY_NAME_TOO_LONG, "displayName",
            AccountRule.DIRECTORY_OWNS_NAME, "displayName",
            AccountRule.LANGUAGE_UNKNOWN, "language",
            AccountRule.TIME_ZONE_UNKNOWN, "timeZone");

    @Override
    public String fieldOf(Rule rule) {
        return FIELDS.get(rule);
    }
}
