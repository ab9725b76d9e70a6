package org.bitpoll.account.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.bitpoll.account.domain.AccountRule;
import org.bitpoll.platform.error.Rule;
import org.bitpoll.platform.faces.RuleFields;

/**
 * The fields of the account forms that account rules concern: the settings form, and the registration, password
 * and e-mail forms (which name their fields alike). Link, limit and mail failures are shown at the top of the page.
 */
@ApplicationScoped
public class AccountFields implements RuleFields {

    private static final Map<Rule, String> FIELDS = Map.ofEntries(
            Map.entry(AccountRule.DISPLAY_NAME_TOO_LONG, "displayName"),
            Map.entry(AccountRule.DIRECTORY_OWNS_NAME, "displayName"),
            Map.entry(AccountRule.LANGUAGE_UNKNOWN, "language"),
            Map.entry(AccountRule.TIME_ZONE_UNKNOWN, "timeZone"),
            Map.entry(AccountRule.USERNAME_REQUIRED, "username"),
            Map.entry(AccountRule.USERNAME_INVALID, "username"),
            Map.entry(AccountRule.USERNAME_TOO_LONG, "username"),
            Map.entry(AccountRule.USERNAME_TAKEN, "username"),
            Map.entry(AccountRule.DIRECTORY_UNREACHABLE_FOR_NAMES, "username"),
            Map.entry(AccountRule.FIRST_NAME_REQUIRED, "firstName"),
            Map.entry(AccountRule.LAST_NAME_REQUIRED, "lastName"),
            Map.entry(AccountRule.EMAIL_INVALID, "email"),
            Map.entry(AccountRule.EMAIL_TAKEN, "email"),
            Map.entry(AccountRule.EMAIL_UNCHANGED, "email"),
            Map.entry(AccountRule.PASSWORD_TOO_SHORT, "password"),
            Map.entry(AccountRule.PASSWORD_TOO_LONG, "password"),
            Map.entry(AccountRule.PASSWORD_TOO_COMMON, "password"),
            Map.entry(AccountRule.PASSWORD_LIKE_USERNAME, "password"),
            Map.entry(AccountRule.PASSWORD_MISMATCH, "confirmation"),
            Map.entry(AccountRule.OLD_PASSWORD_WRONG, "oldPassword"));

    @Override
    public String fieldOf(Rule rule) {
        return FIELDS.get(rule);
    }
}
