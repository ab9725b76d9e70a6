/** The JPA repository of comments. */
package org.bitpoll.comment.persistence;
