/**
 * Comments on a poll (F23): the comment, who may write, edit and delete one, and the anti-spam challenge a guest
 * answers before commenting. Plain Java and JPA mappings only.
 */
package org.bitpoll.comment.domain;
