/**
 * Faces plumbing shared by every page: the one exception handler that turns business failures into messages and
 * error pages, the view handler that keeps readable URLs and picks the language, and small helpers for messages
 * and redirects.
 */
package org.bitpoll.platform.faces;
