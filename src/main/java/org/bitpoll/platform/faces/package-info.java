/**
 * Faces plumbing shared by every page: the one exception handler that turns business failures into messages and
 * error pages, the view handler that keeps readable URLs and picks the language, the per-request CSP nonce that
 * keeps read-only pages free of sessions, and small helpers for messages and redirects.
 */
package org.bitpoll.platform.faces;
