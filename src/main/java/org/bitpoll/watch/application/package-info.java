/**
 * {@link org.bitpoll.watch.application.WatchService}: watching and unwatching from the poll page, and the two
 * events it observes: a new vote (auto-watch, and the watchers' mails queued in the vote's transaction) and
 * auto-watch turned on in a person's settings (every poll they voted in is watched).
 */
package org.bitpoll.watch.application;
