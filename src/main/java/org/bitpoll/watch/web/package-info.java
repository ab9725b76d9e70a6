/** The poll page's watch button ({@link org.bitpoll.watch.web.WatchPoll}, {@code WEB-INF/includes/watch}). */
package org.bitpoll.watch.web;
