package org.bitpoll.poll.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;
import org.bitpoll.platform.persistence.BaseEntity;

/**
 * One answer a voter can give for an option (yes, no, maybe, rather not, or the poll's own): a title, an icon, a
 * colour (six hex digits, no {@code #}) and a weight that counts into the option's score. Values are only
 * soft-deleted, so old votes keep them, and can be restored. Changed only through its {@link Poll}.
 */
@Entity
@Table(name = "choice_value")
@SequenceGenerator(name = "choice_value_seq", sequenceName = "choice_value_seq", allocationSize = 50)
public class AnswerValue extends BaseEntity {

    private static final Pattern COLOR = Pattern.compile("[a-fA-F0-9]{6}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "choice_value_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "poll_id")
    private Poll poll;

    @Column(name = "title", nullable = false, length = 80)
    private String title;

    @Column(name = "icon", nullable = false, length = 64)
    private String icon;

    @Column(name = "color", nullable = false, length = 6)
    private String color;

    @Column(name = "weight", nullable = false, precision = 5, scale = 2)
    private BigDecimal weight;

    @Column(name = "deleted", nullable = false)
    private boolean deleted;

    protected AnswerValue() {}

    AnswerValue(Poll poll, String title, String icon, String color, BigDecimal weight) {
        this.poll = Objects.requireNonNull(poll);
        this.title = Objects.requireNonNull(title);
        this.icon = Objects.requireNonNull(icon);
        if (!COLOR.matcher(color).matches()) {
            throw new IllegalArgumentException("colour must be six hex digits: " + color);
        }
        this.color = color;
        this.weight = Objects.requireNonNull(weight);
    }

    AnswerValue(Poll poll, AnswerValueDraft draft) {
        this(poll, draft.title(), draft.icon(), draft.color(), draft.weight());
    }

    void change(AnswerValueDraft draft) {
        this.title = draft.title();
        this.icon = draft.icon();
        this.color = draft.color();
        this.weight = draft.weight();
    }

    void delete() {
        this.deleted = true;
    }

    void restore() {
        this.deleted = false;
    }

    /** An active copy of this value for another poll. */
    AnswerValue copyTo(Poll other) {
        return new AnswerValue(other, title, icon, color, weight);
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getIcon() {
        return icon;
    }

    public String getColor() {
        return color;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public boolean isDeleted() {
        return deleted;
    }
}
