package org.bitpoll.platform.mail;

/** A mail was queued in the current transaction: {@link OutboxKick} starts its delivery once that commits. */
record MailQueued(Long mailId) {}
