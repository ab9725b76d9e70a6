package org.bitpoll.vote.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a voter submits: a name (guests), whether to appear anonymous, a comment, and per option id the chosen
 * answer value id and a comment. An option without an entry is unanswered; an entry without a value holds a
 * comment typed on an option left unanswered, which a vote refuses (see {@link #problems}) rather than drop it.
 */
public record Ballot(String name, boolean anonymous, String comment, Map<Long, Answer> answers) {

    /** The answer for one option: the value id (null: none chosen) and the comment, stripped. */
    public record Answer(Long valueId, String comment) {

        public Answer {
            comment = comment == null ? "" : comment.strip();
        }
    }

    /** What is wrong with the answer to one option. */
    public enum OptionProblem {
        /** No answer, and the poll forbids empty choices. */
        UNANSWERED,
        /** A comment, but no answer to keep it with. */
        COMMENT_WITHOUT_ANSWER
    }

    public Ballot {
        name = name == null ? "" : name.strip();
        comment = comment == null ? "" : comment.strip();
        answers = answers.entrySet().stream()
                .filter(entry -> entry.getValue().valueId() != null
                        || !entry.getValue().comment().isEmpty())
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Whether the option with this id has an answer value. */
    public boolean answers(Long optionId) {
        Answer answer = answers.get(optionId);
        return answer != null && answer.valueId() != null;
    }

    /**
     * The options among {@code optionIds} whose answer a vote refuses, in their order: a comment without an answer,
     * or no answer at all when {@code allRequired} (the poll forbids empty choices). Empty when the ballot is fine.
     */
    public Map<Long, OptionProblem> problems(Collection<Long> optionIds, boolean allRequired) {
        Map<Long, OptionProblem> problems = new LinkedHashMap<>();
        for (Long optionId : optionIds) {
            if (answers(optionId)) {
                continue;
            }
            if (answers.containsKey(optionId)) {
                problems.put(optionId, OptionProblem.COMMENT_WITHOUT_ANSWER);
            } else if (allRequired) {
                problems.put(optionId, OptionProblem.UNANSWERED);
            }
        }
        return problems;
    }
}
