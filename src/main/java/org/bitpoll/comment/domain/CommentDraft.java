package org.bitpoll.comment.domain;

/**
 * A new comment as the form sends it: the guest's name (ignored for a logged-in author, who writes under their
 * display name), the text, and for a guest the token of the question they were shown and their answer.
 */
public record CommentDraft(String name, String text, String challengeToken, String answer) {}
