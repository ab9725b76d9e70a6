package org.bitpoll.vote.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;
import org.bitpoll.platform.persistence.BaseEntity;

/**
 * One answered cell of a vote: the answer value given for an option, with an optional comment. An unanswered
 * cell has no row. Option and value are kept as ids: the results grid reads cells as plain tuples.
 */
@Entity
@Table(name = "vote_choice")
@SequenceGenerator(name = "vote_choice_seq", sequenceName = "vote_choice_seq", allocationSize = 50)
public class VoteCell extends BaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vote_choice_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "vote_id")
    private Vote vote;

    @Column(name = "choice_id", nullable = false)
    private Long choiceId;

    @Column(name = "value_id", nullable = false)
    private Long valueId;

    @Column(name = "comment", nullable = false)
    private String comment;

    protected VoteCell() {}

    VoteCell(Vote vote, Long choiceId, Long valueId, String comment) {
        this.vote = Objects.requireNonNull(vote);
        this.choiceId = Objects.requireNonNull(choiceId);
        this.valueId = Objects.requireNonNull(valueId);
        this.comment = comment == null ? "" : comment;
    }

    /** Changes the answer in place (a cell is unique per vote and option). */
    void answer(Long newValueId, String newComment) {
        this.valueId = Objects.requireNonNull(newValueId);
        this.comment = newComment == null ? "" : newComment;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Long getChoiceId() {
        return choiceId;
    }

    public Long getValueId() {
        return valueId;
    }

    public String getComment() {
        return comment;
    }
}
