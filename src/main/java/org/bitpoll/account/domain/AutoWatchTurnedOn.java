package org.bitpoll.account.domain;

/**
 * A person turned "watch the polls I vote in" on in their settings: fired as a CDI event in the transaction that
 * saves it, so that the polls they have voted in are watched from now on (reference F31).
 */
public record AutoWatchTurnedOn(Long accountId) {}
