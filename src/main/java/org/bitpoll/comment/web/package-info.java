/** The comments under a poll's results: the list and its forms on the poll page. */
package org.bitpoll.comment.web;
