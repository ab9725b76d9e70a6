/**
 * The watch entity ({@link org.bitpoll.watch.domain.PollWatch}, table {@code poll_watch}), its repository
 * interface, and the plain rules of watching ({@link org.bitpoll.watch.domain.WatchRules}): who may watch, who is
 * mailed about a new vote, and whether that mail names the voter.
 */
package org.bitpoll.watch.domain;
