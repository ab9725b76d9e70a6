/**
 * Invitations to vote in a poll and the reminders to invitees who have not voted (reference F25 with product
 * decisions 3 and 6): the invitation entity with its resend rule, the resolution of typed user and group names to
 * invitees, a poll's automatic reminder setting, and the schedule that decides who gets a reminder now. Plain Java
 * and JPA mappings only.
 */
package org.bitpoll.invitation.domain;
