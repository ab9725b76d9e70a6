package org.bitpoll.poll.domain;

/**
 * One row of the free-text option editor: an existing option (with its id) or a new one (id {@code null}), its
 * text, and whether the row is marked deleted. Rows come in display order.
 */
public record ChoiceDraft(Long id, String text, boolean deleted) {

    public ChoiceDraft {
        text = text == null ? "" : text.strip();
    }
}
