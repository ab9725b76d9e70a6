package org.bitpoll.vote.domain;

import java.util.Map;

/**
 * What a voter submits: a name (guests), whether to appear anonymous, a comment, and per option id the chosen
 * answer value id (absent: unanswered) and a comment.
 */
public record Ballot(String name, boolean anonymous, String comment, Map<Long, Answer> answers) {

    /** The answer for one option. */
    public record Answer(Long valueId, String comment) {}

    public Ballot {
        name = name == null ? "" : name.strip();
        comment = comment == null ? "" : comment.strip();
        answers = Map.copyOf(answers);
    }
}
