/**
 * Faces plumbing shared by every page: the one exception handler that turns business failures into messages and
 * error pages, the checks that refuse a postback before any action runs, the view handler that keeps readable
 * URLs, picks the language and reads requests as UTF-8, and small helpers for messages, redirects and caching.
 */
package org.bitpoll.platform.faces;
