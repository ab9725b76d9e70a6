/**
 * Commenting on a poll: listing, writing, editing and deleting comments in one transaction each, the guests'
 * anti-spam questions and the limits of how many comments guests write.
 */
package org.bitpoll.comment.application;
