package org.bitpoll.comment.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.bitpoll.comment.domain.CommentRule;
import org.bitpoll.platform.error.Rule;
import org.bitpoll.platform.faces.RuleFields;

/**
 * The fields of the new-comment form that commenting rules concern. The others (disabled comments, editing or
 * deleting, a changed text, the limits) show at the top of the page.
 */
@ApplicationScoped
public class CommentFields implements RuleFields {

    private static final Map<Rule, String> FIELDS = Map.ofEntries(
            Map.entry(CommentRule.NAME_REQUIRED, "commentName"),
            Map.entry(CommentRule.NAME_TOO_LONG, "commentName"),
            Map.entry(CommentRule.TEXT_REQUIRED, "commentText"),
            Map.entry(CommentRule.TEXT_TOO_LONG, "commentText"),
            Map.entry(CommentRule.CHALLENGE_INVALID, "commentAnswer"),
            Map.entry(CommentRule.CHALLENGE_EXPIRED, "commentAnswer"),
            Map.entry(CommentRule.CHALLENGE_USED, "commentAnswer"),
            Map.entry(CommentRule.ANSWER_REQUIRED, "commentAnswer"),
            Map.entry(CommentRule.ANSWER_NOT_A_NUMBER, "commentAnswer"),
            Map.entry(CommentRule.ANSWER_WRONG, "commentAnswer"));

    @Override
    public String fieldOf(Rule rule) {
        return FIELDS.get(rule);
    }
}
