/**
 * Watching a poll (reference F24, product decision 8): a logged-in person who may see a poll's results watches
 * it and gets a mail, in their language, on each new vote by someone else; they may stop watching at any time.
 * Voting with "auto-watch" on in one's settings starts watching. Builds on {@code poll}, {@code vote} and
 * {@code account}; the mails go through the platform's outbox, after the vote's transaction commits.
 */
package org.bitpoll.watch;
