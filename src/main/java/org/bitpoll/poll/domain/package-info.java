/**
 * The poll aggregate and its rules: polls, their options (choices), their answer values, the values the
 * management pages send (settings, answer value drafts, copy requests), and the plain policy classes that derive
 * slugs, option groups, the header matrix and date-time combinations. Nothing here imports Faces, EJB or an
 * {@code EntityManager}; everything is unit-tested with {@code new}.
 */
package org.bitpoll.poll.domain;
