package org.bitpoll.platform.faces;

import org.bitpoll.platform.error.Rule;

/**
 * Which form field a broken rule concerns, told by the web layer of the feature whose pages have that field
 * (rules know no markup). {@link BusinessExceptionHandler} asks every implementation; a rule no page claims is
 * shown at the top of the page.
 */
public interface RuleFields {

    /** The id of the component the rule's message belongs next to, or null. */
    String fieldOf(Rule rule);
}
