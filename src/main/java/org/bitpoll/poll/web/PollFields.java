package org.bitpoll.poll.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.bitpoll.platform.error.Rule;
import org.bitpoll.platform.faces.RuleFields;
import org.bitpoll.poll.domain.PollRule;

/** The fields of the creation, settings, owner, copy, options and answer-value forms that poll rules concern. */
@ApplicationScoped
public class PollFields implements RuleFields {

    private static final Map<Rule, String> FIELDS = Map.ofEntries(
            Map.entry(PollRule.TITLE_REQUIRED, "title"),
            Map.entry(PollRule.TITLE_TOO_LONG, "title"),
            Map.entry(PollRule.DESCRIPTION_TOO_LONG, "description"),
            Map.entry(PollRule.SLUG_INVALID, "slug"),
            Map.entry(PollRule.SLUG_TAKEN, "slug"),
            Map.entry(PollRule.TIME_ZONE_UNKNOWN, "timeZone"),
            Map.entry(PollRule.NO_DATES_CHOSEN, "dates"),
            Map.entry(PollRule.NO_TIMES_CHOSEN, "newTime"),
            Map.entry(PollRule.TIME_INVALID, "newTime"),
            Map.entry(PollRule.ANSWER_TITLE_REQUIRED, "valueTitle"),
            Map.entry(PollRule.ANSWER_TITLE_TOO_LONG, "valueTitle"),
            Map.entry(PollRule.ANSWER_ICON_UNKNOWN, "valueIcon"),
            Map.entry(PollRule.ANSWER_COLOR_INVALID, "valueColor"),
            Map.entry(PollRule.WEIGHT_INVALID, "valueWeight"),
            Map.entry(PollRule.WEIGHT_OUT_OF_RANGE, "valueWeight"),
            Map.entry(PollRule.DATE_SHIFT_INVALID, "dateShift"),
            Map.entry(PollRule.DATE_SHIFT_OUT_OF_RANGE, "dateShift"),
            Map.entry(PollRule.OWNER_UNKNOWN, "ownerName"),
            Map.entry(PollRule.OWNER_REQUIRED, "ownerName"),
            Map.entry(PollRule.NOT_YOUR_GROUP, "ownerGroup"));

    @Override
    public String fieldOf(Rule rule) {
        return FIELDS.get(rule);
    }
}
