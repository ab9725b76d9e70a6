package org.bitpoll.poll.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The titles of the four answer values every new poll starts with, in the creator's language. Icons, colours and
 * weights are fixed: yes (check, 90db46, 1), no (ban, c43131, 0), maybe (question, ffe800, 0.5) and rather not
 * (thumbs-down, BB00EE, 0.25).
 */
public record DefaultAnswers(String yes, String no, String maybe, String ratherNot) {

    public DefaultAnswers {
        Objects.requireNonNull(yes);
        Objects.requireNonNull(no);
        Objects.requireNonNull(maybe);
        Objects.requireNonNull(ratherNot);
    }

    void addTo(Poll poll) {
        poll.addAnswerValue(yes, "check", "90db46", BigDecimal.ONE);
        poll.addAnswerValue(no, "ban", "c43131", BigDecimal.ZERO);
        poll.addAnswerValue(maybe, "question", "ffe800", new BigDecimal("0.5"));
        poll.addAnswerValue(ratherNot, "thumbs-down", "BB00EE", new BigDecimal("0.25"));
    }
}
