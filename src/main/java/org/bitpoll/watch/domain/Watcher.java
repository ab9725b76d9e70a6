package org.bitpoll.watch.domain;

/**
 * A person watching a poll, as the rules of the vote mails see them: their account, mail address, whether the
 * account is active, whether they manage the poll, and whether they have voted in it.
 */
public record Watcher(Long accountId, String email, boolean active, boolean manager, boolean hasVoted) {}
